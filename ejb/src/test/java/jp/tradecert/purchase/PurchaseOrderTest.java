package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.tradecert.account.Membership;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.ledger.Actor;
import jp.tradecert.platform.Clocks;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

    // 2022-09-27 19:56:11 in Tokyo
    private static final Instant PLACED = Instant.parse("2022-09-27T10:56:11Z");
    private static final LocalDate ORDER_DATE = LocalDate.of(2022, 9, 27);

    @Test
    void aBankOrderIsDueWithin30DaysOfItsTokyoOrderDate() {
        PurchaseOrder order = bankOrder();
        assertThat(order.getOrderDate()).isEqualTo(ORDER_DATE);
        assertThat(order.getExpiresOn()).isEqualTo(LocalDate.of(2022, 10, 27));
        assertThat(order.isOverdue(LocalDate.of(2022, 10, 27))).isFalse();
        assertThat(order.isOverdue(LocalDate.of(2022, 10, 28))).isTrue();
        assertThatThrownBy(() -> order.expire(LocalDate.of(2022, 10, 27), PLACED))
                .isInstanceOf(IllegalOrderStateException.class);
    }

    @Test
    void anOrderClosesOnceAndGivesUpItsOpenSlot() {
        PurchaseOrder order = bankOrder();
        assertThat(order.isOpen()).isTrue();
        order.cancel(7L, PLACED);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.isOpen()).isFalse();
        assertThatThrownBy(() -> order.settle(1_100, ORDER_DATE, PLACED))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatThrownBy(() -> order.fail(PLACED)).isInstanceOf(IllegalOrderStateException.class);
    }

    private static PurchaseOrder bankOrder() {
        return new PurchaseOrder(OrderNumber.of(ORDER_DATE, new TradeRegistrationNumber("2701000002"), 1), 1L,
                Actor.of(3, "カール・フリードリヒ・ツァイス"), Membership.MEMBER, PaymentMethod.BANK_TRANSFER, MailRequest.NONE,
                PLACED, Clocks.TOKYO);
    }
}
