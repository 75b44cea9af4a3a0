package jp.tradecert.web.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;

/** What the login form sends: the chamber code picks the chamber in which the user ID is looked up. */
public record ChamberCredential(String chamberCode, String userId, Password password) implements Credential {

    @Override
    public void clear() {
        password.clear();
    }
}
