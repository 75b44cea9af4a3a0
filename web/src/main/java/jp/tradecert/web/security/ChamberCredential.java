package jp.tradecert.web.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import java.util.EnumSet;
import java.util.Set;
import jp.tradecert.account.Role;

/**
 * What a sign-in sends: the chamber code picks the chamber in which the user ID is looked up; {@code admitted}
 * are the roles that may sign in this way (the API admits chamber staff only, the sign-in page everyone).
 */
public record ChamberCredential(String chamberCode, String userId, Password password, Set<Role> admitted)
        implements Credential {

    /** The sign-in page's: every role. */
    public ChamberCredential(String chamberCode, String userId, Password password) {
        this(chamberCode, userId, password, EnumSet.allOf(Role.class));
    }

    @Override
    public void clear() {
        password.clear();
    }
}
