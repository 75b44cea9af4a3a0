package jp.tradecert.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces page. A request for a protected page shows the login page in its
 * place; after signing in the user continues to the page asked for. A failed login stays on the
 * login page (no separate error page).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = ""))
@ApplicationScoped
public class SecurityConfiguration {
}
