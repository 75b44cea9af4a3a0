package jp.tradecert.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jp.tradecert.account.PasswordRefusedException.Why;

/**
 * What a password someone chooses must be (OWASP ASVS 5.0 chapter 6, NIST SP 800-63B): at least
 * {@value #SHORTEST} characters, at most {@value #LONGEST}, any characters (spaces and Japanese too, counted as
 * characters, not bytes); not one of the 30,000 most common passwords (a list shipped with the application,
 * compared ignoring case) and not containing the account's own ID. No rules of the kind "a digit and a capital",
 * which make passwords harder to remember and no harder to guess.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    public static final int LONGEST = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Refuses the password with the first rule it breaks. */
    public static void check(String loginId, char[] password) {
        String typed = password == null ? "" : new String(password);
        int length = typed.codePointCount(0, typed.length());
        if (length < SHORTEST) {
            throw new PasswordRefusedException(Why.TOO_SHORT);
        }
        if (length > LONGEST) {
            throw new PasswordRefusedException(Why.TOO_LONG);
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || typed.codePoints().distinct().count() == 1) {
            throw new PasswordRefusedException(Why.COMMON);
        }
        if (loginId != null && !loginId.isBlank() && lower.contains(loginId.strip().toLowerCase(Locale.ROOT))) {
            throw new PasswordRefusedException(Why.CONTAINS_ID);
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            Set<String> words = new HashSet<>(40_000);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
