package jp.tradecert.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import jp.tradecert.account.AccountService;

/**
 * Sends whoever signed in with a password someone else chose (an initial password handed over by staff) to the
 * password page, and nowhere else, until they have chosen their own. Asked of the database once per session and
 * sign-in; the password page clears it ({@link #passwordChosen}). Mapped in web.xml to the pages.
 */
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/password.xhtml";
    private static final String CHECKED = PasswordChangeGate.class.getName();
    /** What may be reached before: the password page itself, the public pages, Faces' resources. */
    private static final Set<String> OPEN = Set.of(PAGE, "/login.xhtml", "/error.xhtml", "/verify.xhtml");

    /** Whether the session's signed-in account must still choose its password. */
    private record Checked(String principal, boolean mustChange) implements Serializable {
    }

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getServletPath();
        if (principal == null || OPEN.contains(path) || path.startsWith("/jakarta.faces.resource/")
                || !mustChange(request.getSession(), principal.getName())) {
            chain.doFilter(request, response);
            return;
        }
        String page = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + page + "\"/></partial-response>");
        } else {
            response.sendRedirect(page);
        }
    }

    private boolean mustChange(HttpSession session, String principal) {
        if (session.getAttribute(CHECKED) instanceof Checked checked && checked.principal().equals(principal)) {
            return checked.mustChange();
        }
        boolean mustChange = accounts.mustChangePassword(principal);
        session.setAttribute(CHECKED, new Checked(principal, mustChange));
        return mustChange;
    }

    /** The password page, once the holder has chosen one: the gate opens. */
    static void passwordChosen(HttpSession session, String principal) {
        session.setAttribute(CHECKED, new Checked(principal, false));
    }

    /** Whether the gate holds this session on the password page (the page then says why). */
    static boolean holds(HttpSession session, String principal) {
        return session != null && session.getAttribute(CHECKED) instanceof Checked checked
                && checked.principal().equals(principal) && checked.mustChange();
    }
}
