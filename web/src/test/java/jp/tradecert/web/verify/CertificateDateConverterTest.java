package jp.tradecert.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateDateConverterTest {

    @ParameterizedTest
    @CsvSource({
        "2026-04-01, 2026-04-01",
        "2026/04/01, 2026-04-01",
        "2026-4-1, 2026-04-01",
        "' 2026/12/31 ', 2026-12-31",
        "２０２６／０４／０１, 2026-04-01",
        "2028-02-29, 2028-02-29"})
    void aDayAsTypedFromThePaper(String typed, LocalDate day) {
        assertThat(CertificateDateConverter.parse(typed)).contains(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2027-02-29", "2026-13-01", "2026-00-10", "2026-04-00", "2026-04-31",
        "2026/04-01", "2026.04.01", "20260401", "26-04-01", "2026-04-01x", "04/01/2026", "", "2026年4月1日"})
    void noDay(String typed) {
        assertThat(CertificateDateConverter.parse(typed)).isEmpty();
    }
}
