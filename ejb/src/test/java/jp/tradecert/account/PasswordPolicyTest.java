package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jp.tradecert.account.PasswordRefusedException.Why;
import org.junit.jupiter.api.Test;

/** What a chosen password must be, and when a stored hash is made again at today's cost. */
class PasswordPolicyTest {

    private static Why refusal(String loginId, String password) {
        PasswordRefusedException refused = catchThrowableOfType(
                () -> PasswordPolicy.check(loginId, password.toCharArray()), PasswordRefusedException.class);
        return refused == null ? null : refused.why();
    }

    @Test
    void longEnoughUncommonPasswordsWithoutTheIdAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("kakogawa-user", "correct horse battery".toCharArray()))
                .doesNotThrowAnyException();
        assertThat(refusal("kakogawa-user", "加古川の春は早い 2026")).as("Japanese and spaces, 13 characters").isNull();
        assertThat(refusal("kakogawa-user", "x".repeat(11) + "y")).isNull();
    }

    @Test
    void shortLongCommonRepeatedOrTheIdAreRefused() {
        assertThat(refusal("kakogawa-user", "Tr0ub4dor&3")).as("11 characters").isEqualTo(Why.TOO_SHORT);
        assertThat(refusal("kakogawa-user", "𠮷野家の牛丼と𠮷野家の")).as("11 characters, 13 chars in UTF-16")
                .isEqualTo(Why.TOO_SHORT);
        assertThat(refusal("kakogawa-user", "a1".repeat(65))).isEqualTo(Why.TOO_LONG);
        assertThat(refusal("kakogawa-user", "password1234")).isEqualTo(Why.COMMON);
        assertThat(refusal("kakogawa-user", "PassWord1234")).as("ignoring case").isEqualTo(Why.COMMON);
        assertThat(refusal("kakogawa-user", "1qaz2wsx3edc")).isEqualTo(Why.COMMON);
        assertThat(refusal("kakogawa-user", "aaaaaaaaaaaaaaaa")).isEqualTo(Why.COMMON);
        assertThat(refusal("kakogawa-user", "my KAKOGAWA-USER secret")).isEqualTo(Why.CONTAINS_ID);
        assertThat(refusal("kakogawa-user", "")).isEqualTo(Why.TOO_SHORT);
    }

    @Test
    void aHashOfAnotherAlgorithmOrFewerIterationsIsOutdated() {
        assertThat(Passwords.isOutdated("PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(Passwords.isOutdated("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(Passwords.isOutdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(Passwords.isOutdated("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(Passwords.isOutdated("something else")).isTrue();
    }
}
