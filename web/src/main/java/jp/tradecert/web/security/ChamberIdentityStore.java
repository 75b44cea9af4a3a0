package jp.tradecert.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.tradecert.account.AccountService;

/**
 * Validates a {@link ChamberCredential} through the account service. The caller's name is
 * {@code <chamber code>/<user ID>}, its one group the account's role.
 */
@ApplicationScoped
public class ChamberIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ChamberCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.chamberCode(), login.userId(), login.password().getValue(), login.admitted())
                .map(user -> new CredentialValidationResult(user.principalName(), Set.of(user.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
