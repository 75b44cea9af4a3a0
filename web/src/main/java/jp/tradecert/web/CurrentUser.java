package jp.tradecert.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;

/**
 * The signed-in user, read once from the database after login and kept for the session. Every
 * service call takes its chamber and company from here, never from the request.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    @Inject
    private LocaleSelection localeSelection;

    private SignedInUser user;
    /** The operator as it looks at the chamber it chose, or null (its own office's). */
    private SignedInUser viewing;

    /** Who is signed in; the operator as it looks at the chamber it chose. */
    public SignedInUser get() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        if (user == null || !user.principalName().equals(principal.getName())) {
            user = accounts.getSignedInUser(principal.getName());
            viewing = null;
        }
        return viewing == null ? user : viewing;
    }

    /** The operator (日本商工会議所): reads every chamber's console, one chamber at a time, and changes nothing. */
    public boolean isOperator() {
        return get().role() == Role.OPERATOR;
    }

    /** Who sees the chamber's console: its staff, and the operator. */
    public boolean isConsole() {
        return isStaff() || isOperator();
    }

    /** The operator looks at the chamber of that id from now on (every console page reads that chamber). */
    public void view(long chamberId) {
        get();
        viewing = accounts.viewing(user, chamberId);
    }

    public boolean isApplicant() {
        return get().role().isApplicant();
    }

    /** Chamber staff: the chamber's console. */
    public boolean isStaff() {
        return get().role() == Role.CHAMBER_STAFF;
    }

    /** A supervisor (承認者) of the chamber's staff, who approves what a clerk proposed. */
    public boolean isSupervisor() {
        return get().isSupervisor();
    }

    /** User IDs and sub IDs buy and use coupons; a company admin ID and staff do not. */
    public boolean isMayBuyOrUseCoupons() {
        return get().role().mayBuyOrUseCoupons() && get().hasCompany();
    }

    public String getDisplayName() {
        return get().displayName();
    }

    public String getRoleMessageKey() {
        return "Role." + get().role().name();
    }

    public String getChamberName() {
        return get().chamberName(localeSelection.getLocale());
    }

    public String getCompanyName() {
        return get().companyName(localeSelection.getLocale());
    }

    public String getTradeRegistrationNumber() {
        return String.valueOf(get().tradeRegistrationNumber());
    }
}
