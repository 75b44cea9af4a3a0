package jp.tradecert.deposit;

import java.time.LocalDate;
import jp.tradecert.purchase.PurchaseOrder;

/** What a deposit became, by the manual's rules. */
public enum DepositOutcome {
    /** It paid its order exactly: the order is settled and its coupons issued. */
    SETTLED,
    /** It paid more than its order: settled, and the excess is owed back. */
    OVERPAID,
    /** It paid less than its order: no coupons; all of it is owed back. */
    UNDERPAID,
    /** Its order was already settled, cancelled or expired: all of it is owed back. */
    LATE,
    /** No order has that account: it waits for a clerk to match it by hand. */
    UNMATCHED,
    /**
     * The bank took it back (a cancellation record): nothing is owed for it, and an order it had settled
     * was reversed with its coupons.
     */
    REVERSED,
    /**
     * No order claimed it, and a clerk identified the company that sent it: all of it is owed back to that
     * company (approved by a supervisor other than the proposer).
     */
    REFUNDED,
    /**
     * No order claimed it and its sender is no company of the chamber: the chamber sent it back to that sender
     * (approved by a supervisor other than the proposer, whose proposal records the transfer); nothing is owed.
     */
    RETURNED;

    /**
     * The one rule of what {@code amountYen} deposited on {@code depositDate} does to the order it pays:
     * too late (or to a closed order), less than the order (no coupons), exactly or more (settled; the
     * excess owed back). For the nightly job, a clerk's match and its preview.
     */
    public static DepositOutcome of(PurchaseOrder order, long amountYen, LocalDate depositDate) {
        if (!order.takesTransferOn(depositDate)) {
            return LATE;
        }
        if (amountYen < order.getTotalYen()) {
            return UNDERPAID;
        }
        return amountYen == order.getTotalYen() ? SETTLED : OVERPAID;
    }
}
