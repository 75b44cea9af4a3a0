package jp.tradecert.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotStartALineOfTheSendersOwn() {
        String shown = LogText.of("20261204-0001\r\nSEVERE: all coupons stolen");

        assertThat(shown).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("\"20261204-0001\\u000d\\u000aSEVERE: all coupons stolen\"");
    }

    @Test
    void invisibleCharactersQuotesAndBackslashesAreShownAsEscapes() {
        assertThat(LogText.of("a\u202eb\u2028c\"d\\e\u0000")).isEqualTo(
                "\"a\\u202eb\\u2028c\\u0022d\\u005ce\\u0000\"");
    }

    @Test
    void longTextIsCutAndSaysHowLongItWas() {
        String shown = LogText.of("x".repeat(10_000));

        assertThat(shown).startsWith("\"" + "x".repeat(LogText.LIMIT) + "\"").endsWith(" (10000 characters)");
        assertThat(shown.length()).isLessThan(LogText.LIMIT + 30);
    }

    @Test
    void japaneseTextAndNothingAreShownAsTheyAre() {
        assertThat(LogText.of("加古川自然食品")).isEqualTo("\"加古川自然食品\"");
        assertThat(LogText.of(null)).isEqualTo("(none)");
    }
}
