package jp.tradecert.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * Hashes and checks passwords with PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}), HMAC-SHA-256 at
 * {@value #ITERATIONS} iterations (OWASP's guidance for it; about 120 ms on this project's 2-core machines). A
 * stored hash carries its own algorithm, iterations and salt ({@code PBKDF2WithHmacSHA256:120000:salt:hash}), so
 * raising the cost still accepts the hashes already stored; {@link #isOutdated} tells the sign-in to store the
 * password again at the current cost.
 */
@ApplicationScoped
public class Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Checked when no account matches, so that a wrong ID costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
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

    /** Whether a stored hash was made with another algorithm or fewer iterations than today's. */
    static boolean isOutdated(String storedHash) {
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    /** Spends the time of one check, for a login whose account does not exist. */
    public void spendOneCheck(char[] password) {
        hash.verify(password, decoy);
    }
}
