package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void aChamberCodeIsFourDigits() {
        assertThat(new ChamberCode("2701").value()).isEqualTo("2701");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "270", "27011", "27O1", " 2701", "２７０１"})
    void anythingElseIsNotAChamberCode(String text) {
        assertThatThrownBy(() -> new ChamberCode(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChamberCode.parse(text == null ? null : text.replace(" ", "x"))).isEmpty();
    }

    @Test
    void theLoginFormsChamberCodeIsTrimmed() {
        assertThat(ChamberCode.parse(" 2701 ")).contains(new ChamberCode("2701"));
    }

    @Test
    void aTradeRegistrationNumberBeginsWithItsChambersCode() {
        TradeRegistrationNumber number = TradeRegistrationNumber.of(new ChamberCode("2701"), 2);
        assertThat(number.value()).isEqualTo("2701000002");
        assertThat(number.chamberCode()).isEqualTo(new ChamberCode("2701"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"270100000", "27010000021", "270100000A"})
    void aTradeRegistrationNumberIsTenDigits(String text) {
        assertThatThrownBy(() -> new TradeRegistrationNumber(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCompanyPartIsSixDigits() {
        assertThatThrownBy(() -> TradeRegistrationNumber.of(new ChamberCode("2701"), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TradeRegistrationNumber.of(new ChamberCode("2701"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
