package jp.tradecert.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;

/**
 * For browser tests, which run outside the server: {@code POST /it/fixtures/company?membership=MEMBER}
 * creates a new chamber (with prices and a pool of one-time accounts) and a company with a user ID, a
 * sub ID and a company admin ID, and answers their logins as {@code key=value} lines. Deployed only
 * with the tests ({@link Deployments#withTests}), never with the application.
 */
@WebServlet("/fixtures/company")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Membership membership = Membership.valueOf(request.getParameter("membership"));
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, membership);
        SignedInUser user = data.userId(company, "署名者 " + company.getId());
        SignedInUser sub = data.subId(user);
        SignedInUser admin = data.companyAdmin(company);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("chamber=%s%nuser=%s%nuserName=%s%nsub=%s%nadmin=%s%npassword=%s%n",
                chamber.getCode().value(), user.loginId(), user.displayName(), sub.loginId(), admin.loginId(),
                TestData.PASSWORD);
    }
}
