package jp.tradecert.web.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Role;
import jp.tradecert.account.SessionState;
import jp.tradecert.web.security.ChamberCredential;

/**
 * Signs API callers in on every request with HTTP Basic, the user written as
 * {@code <chamber code>/<user ID>} (e.g. {@code 2701/osaka-staff}), through the same authentication
 * as the login page, admitting chamber staff only. An API call keeps no session: one the sign-in made is
 * ended with the request, and a browser's session cookie signs nobody in here, so another site cannot
 * make a signed-in browser call the API (CSRF); neither can it post a form to it, since form content types
 * are refused (415) before anything else. A request without credentials, with wrong ones or with anyone's
 * but staff's, or with an initial password not yet changed, gets the same 401; a name or address locked by the sign-in throttle gets 429 with
 * {@code Retry-After}, without a password check. Which staff may do what, the resources decide
 * ({@link Staff}).
 */
// mapped in web.xml, after RequestOriginFilter (the throttle needs the address) and SecurityHeaders
public class ApiAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";
    static final String CHALLENGE = "Basic realm=\"coupons\", charset=\"UTF-8\"";
    /** What an HTML form (or a script's request that needs no preflight) can send from another site. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                    && isFormType(request.getContentType())) {
                Problems.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "The API takes no form content; send the file as application/octet-stream.");
                return;
            }
            String header = request.getHeader("Authorization");
            ChamberCredential credential = header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())
                    ? basic(header.substring(BASIC.length()).strip())
                    : null;
            if (credential == null) {
                refuse(response);
                return;
            }
            Optional<Duration> wait = accounts.signInWait(credential.chamberCode(), credential.userId());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.get().toMillis() + 999) / 1000)));
                Problems.send(response, 429, "Too many failed sign-ins: sign-ins with these credentials are refused"
                        + " for a while; retry after the time given.");
                return;
            }
            if (security.authenticate(request, response, withParams().newAuthentication(true).credential(credential))
                    != AuthenticationStatus.SUCCESS) {
                refuse(response);
                return;
            }
            // an initial password (handed over by someone else) opens no API: its holder chooses one at the sign-in
            // page first. Refused as any failure is, so that the answer says nothing of the password.
            if (accounts.sessionState(request.getUserPrincipal().getName())
                    .map(SessionState::mustChangePassword).orElse(true)) {
                request.logout();
                refuse(response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED,
                "The API needs the credentials of chamber staff (HTTP Basic, user <chamber code>/<user ID>).");
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
                new Password(decoded.substring(colon + 1)), EnumSet.of(Role.CHAMBER_STAFF));
    }
}
