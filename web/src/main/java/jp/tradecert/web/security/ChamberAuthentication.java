package jp.tradecert.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How people and programs sign in. People: through our login page (chamber code, user ID, password),
 * after which the session remembers them; a request for a protected page shows the login page in its
 * place and continues to that page afterwards. Programs calling {@code /api/...}: HTTP Basic with the
 * user written as {@code <chamber code>/<user ID>} (e.g. {@code 2701/osaka-staff}), on every request.
 * Both end in the same identity store; a failed login says nothing about which part was wrong.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "")
@ApplicationScoped
public class ChamberAuthentication implements HttpAuthenticationMechanism {

    static final String API = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String header = request.getHeader("Authorization");
        if (isApi(request) && header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            ChamberCredential basic = basic(header.substring(BASIC.length()).strip());
            if (basic == null) {
                return unauthorized(response, context);
            }
            CredentialValidationResult result = identityStores.validate(basic);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : unauthorized(response, context);
        }
        return context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
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

    static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"coupons\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
