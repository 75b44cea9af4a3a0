package jp.tradecert.purchase;

/**
 * Where an order stands. Bank transfer: pending payment, then paid, underpaid, cancelled or expired.
 * Card: awaiting the card, then paid, failed or cancelled.
 */
public enum OrderStatus {
    /** 購入手続中: waiting for the bank transfer. */
    PENDING_PAYMENT,
    /** Waiting for the card provider's result. */
    AWAITING_CARD,
    /** Settled: coupons issued. */
    PAID,
    /** The deposit was smaller than the amount: no coupons, all of it is refund due. */
    UNDERPAID,
    /** Cancelled by the buyer before payment. */
    CANCELLED,
    /** No deposit within 30 days. */
    EXPIRED,
    /** The card payment did not go through. */
    FAILED;

    public boolean isOpen() {
        return this == PENDING_PAYMENT || this == AWAITING_CARD;
    }
}
