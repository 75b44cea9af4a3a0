package jp.tradecert.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryCursorTest {

    @Test
    void aCursorSurvivesItsToken() {
        HistoryCursor cursor = new HistoryCursor(Instant.parse("2022-09-27T10:56:11.123456Z"), 1, 4711);
        assertThat(HistoryCursor.parse(cursor.token())).isEqualTo(cursor);
        HistoryCursor old = new HistoryCursor(Instant.parse("1969-12-31T23:59:59.999999Z"), 0, 1);
        assertThat(HistoryCursor.parse(old.token())).isEqualTo(old);
    }

    @Test
    void aBadTokenIsRefused() {
        assertThatThrownBy(() -> HistoryCursor.parse("12.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryCursor.parse("12.7.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryCursor.parse("x.1.3")).isInstanceOf(NumberFormatException.class);
    }
}
