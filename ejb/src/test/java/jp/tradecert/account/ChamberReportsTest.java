package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.tradecert.account.ChamberReports.Figure;
import jp.tradecert.account.ChamberReports.UnusedBalance;
import org.junit.jupiter.api.Test;

/** The base dates of the Payment Services Act and what it asks of the unused balance on one. */
class ChamberReportsTest {

    @Test
    void theBaseDatesAreTheLastOfMarchAndOfSeptemberBeforeTheDay() {
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(ChamberReports.lastBaseDateBefore(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aBalanceOfTenMillionYenIsNotFlaggedAndOneYenMoreIsWithHalfOfItAsSecurity() {
        UnusedBalance atThreshold = UnusedBalance.of(LocalDate.of(2026, 3, 31), new Figure(9_000, 10_000_000), true);
        assertThat(atThreshold.overThreshold()).isFalse();
        assertThat(atThreshold.securityYen()).isZero();

        UnusedBalance over = UnusedBalance.of(LocalDate.of(2026, 3, 31), new Figure(9_001, 10_000_001), true);
        assertThat(over.overThreshold()).isTrue();
        assertThat(over.securityYen()).as("at least half, to the yen above").isEqualTo(5_000_001);
    }

    @Test
    void theReportIsDueTwoMonthsFromTheDayAfterTheBaseDate() {
        assertThat(UnusedBalance.of(LocalDate.of(2026, 3, 31), new Figure(0, 0), true).reportDue())
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(UnusedBalance.of(LocalDate.of(2026, 9, 30), new Figure(0, 0), true).reportDue())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
