package jp.tradecert.web.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.tradecert.web.security.ChamberCredential;

/**
 * Signs API callers in on every request with HTTP Basic, the user written as
 * {@code <chamber code>/<user ID>} (e.g. {@code 2701/osaka-staff}), through the same authentication
 * as the login page; wrong credentials get 401. An API call keeps no session: one the sign-in made is
 * ended with the request. Which callers may do what, the resources decide ({@link Staff}).
 */
@WebFilter("/api/*")
public class ApiAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";
    static final String CHALLENGE = "Basic realm=\"coupons\", charset=\"UTF-8\"";

    @Inject
    private SecurityContext security;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                ChamberCredential credential = basic(header.substring(BASIC.length()).strip());
                if (credential == null || security.authenticate(request, response,
                        withParams().newAuthentication(true).credential(credential))
                        != AuthenticationStatus.SUCCESS) {
                    response.setHeader("WWW-Authenticate", CHALLENGE);
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
            }
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    /** {@code 2701/osaka-staff:password}, Base64-encoded; null when it is not of that form. */
    private static ChamberCredential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        int slash = decoded.indexOf('/');
        if (colon < 0 || slash < 0 || slash > colon) {
            return null;
        }
        return new ChamberCredential(decoded.substring(0, slash), decoded.substring(slash + 1, colon),
                new Password(decoded.substring(colon + 1)));
    }
}
