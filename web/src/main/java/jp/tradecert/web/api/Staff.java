package jp.tradecert.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;

/** The chamber staff member calling the API: answers 401 for nobody, 403 for anyone but staff. */
@RequestScoped
public class Staff {

    @Inject
    private SecurityContext security;

    @EJB
    private AccountService accounts;

    public SignedInUser get() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new NotAuthorizedException(ApiAuthentication.CHALLENGE);
        }
        SignedInUser user = accounts.getSignedInUser(caller.getName());
        if (user.role() != Role.CHAMBER_STAFF) {
            throw new ForbiddenException("Chamber staff only");
        }
        return user;
    }
}
