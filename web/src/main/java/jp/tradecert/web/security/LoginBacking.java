package jp.tradecert.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import jp.tradecert.account.AccountService;
import jp.tradecert.web.Messages;

/** The login page: chamber code, user ID, password. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @EJB
    private AccountService accounts;

    private String chamberCode;
    private String userId;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id before the session becomes authenticated: an id planted in the browser
        // beforehand (session fixation) never reaches a signed-in session.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        Optional<Duration> wait = accounts.signInWait(chamberCode, userId);
        if (wait.isPresent()) {
            password = null;
            // the same for an ID that exists and one that does not: the lock is on what was typed
            Messages.error("login.throttled", (wait.get().toSeconds() + 59) / 60);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new ChamberCredential(chamberCode, userId, new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/home.xhtml");
            default -> Messages.error("login.failed");
        }
    }

    public String getChamberCode() {
        return chamberCode;
    }

    public void setChamberCode(String chamberCode) {
        this.chamberCode = chamberCode;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
