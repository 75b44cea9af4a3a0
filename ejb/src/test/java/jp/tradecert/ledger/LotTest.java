package jp.tradecert.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LotTest {

    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void aBookletsCouponIsWorthItsPriceOverTwentyNinePaidCoupons() {
        Lot booklet = Lot.ofBooklet(1, 10, 30, 31_900, NOW);
        assertThat(booklet.getUnitPriceYen()).isEqualTo(1_100);
        assertThat(booklet.getPriceYen()).isEqualTo(31_900);
    }

    @Test
    void anUnusedBookletRefundsItsFullPriceAndAStartedOneLess1100() {
        Lot booklet = Lot.ofBooklet(1, 10, 30, 31_900, NOW);
        assertThat(booklet.refundValueOfRemaining()).isEqualTo(31_900);
        booklet.take(14);
        assertThat(booklet.refundValueOfRemaining()).isEqualTo(16 * 1_100 - 1_100);
        booklet.take(15);
        assertThat(booklet.refundValueOfRemaining()).as("the last coupon is the free one").isZero();
        booklet.take(1);
        assertThat(booklet.refundValueOfRemaining()).isZero();
    }

    @Test
    void singlesRefundAtTheirPrice() {
        Lot singles = Lot.ofSingles(1, 11, 3, 3_300, NOW);
        singles.take(1);
        assertThat(singles.refundValueOfRemaining()).isEqualTo(6_600);
        assertThat(Lot.ofAdjustment(1, 5, NOW).refundValueOfRemaining()).isZero();
    }

    @Test
    void aLotNeverGoesBelowZeroOrAboveItsSize() {
        Lot singles = Lot.ofSingles(1, 11, 2, 1_100, NOW);
        assertThatThrownBy(() -> singles.take(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> singles.giveBack(1)).isInstanceOf(IllegalStateException.class);
        singles.take(2);
        singles.giveBack(1);
        assertThat(singles.getRemaining()).isOne();
    }
}
