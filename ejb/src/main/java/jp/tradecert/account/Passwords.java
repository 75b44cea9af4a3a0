package jp.tradecert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * Hashes and checks passwords with PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}). A stored
 * hash carries its own algorithm, iterations and salt, so raising the cost later still accepts the
 * hashes already stored.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Checked when no account matches, so that a wrong ID costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time of one check, for a login whose account does not exist. */
    public void spendOneCheck(char[] password) {
        hash.verify(password, decoy);
    }
}
