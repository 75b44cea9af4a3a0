package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiDateTest {

    @ParameterizedTest
    @CsvSource({
        "071127, 2025-11-27",
        "010501, 2019-05-01",
        "310430, 2019-04-30",
        "300101, 2018-01-01",
        "080105, 2026-01-05",
        "090301, 2027-03-01"})
    void aYearOfTheCurrentEraOrOfTheOneBefore(String yymmdd, LocalDate date) {
        assertThat(WarekiDate.parse(yymmdd, LocalDate.of(2026, 11, 27))).contains(date);
    }

    @ParameterizedTest
    @CsvSource({"2025-11-27, 071127", "2019-05-01, 010501", "2019-04-30, 310430"})
    void writtenAsZenginWritesIt(LocalDate date, String yymmdd) {
        assertThat(WarekiDate.format(date)).isEqualTo(yymmdd);
    }

    @ParameterizedTest
    @CsvSource({"071332", "070230", "000101", "12345", "07112A"})
    void noDate(String yymmdd) {
        assertThat(WarekiDate.parse(yymmdd, LocalDate.of(2026, 11, 27))).isEmpty();
    }
}
