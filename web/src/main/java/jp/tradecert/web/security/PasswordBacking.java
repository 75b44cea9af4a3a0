package jp.tradecert.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.PasswordPolicy;
import jp.tradecert.account.PasswordRefusedException;
import jp.tradecert.account.SessionState;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/** The password page: the current password, the new one twice; required after an initial password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    private String current;
    private String chosen;
    private String repeated;

    /** Whether the holder is here because the password was chosen by someone else. */
    public boolean isRequired() {
        return accounts.sessionState(currentUser.get().principalName()).map(SessionState::mustChangePassword)
                .orElse(false);
    }

    public int getShortest() {
        return PasswordPolicy.SHORTEST;
    }

    public void change() throws IOException {
        try {
            if (chosen == null || !chosen.equals(repeated)) {
                Messages.error("password.notRepeated");
                return;
            }
            SignedInUser holder = currentUser.get();
            SessionState state = accounts.changePassword(holder, chars(current), chars(chosen));
            ExternalContext external = faces.getExternalContext();
            SessionGate.passwordChosen(((HttpServletRequest) external.getRequest()).getSession(),
                    holder.principalName(), state);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "password.changed");
            external.redirect(external.getRequestContextPath() + "/home.xhtml");
        } catch (PasswordRefusedException refused) {
            Messages.error(refused);
        } finally {
            current = null;
            chosen = null;
            repeated = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
