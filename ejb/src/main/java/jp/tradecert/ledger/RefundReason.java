package jp.tradecert.ledger;

/** Why the chamber owes a company money back. */
public enum RefundReason {
    /** Unused coupons erased on a change of membership (会員 ⇄ 非会員). */
    MEMBERSHIP_CHANGE,
    /** A deposit larger than its order: the excess. */
    OVERPAYMENT,
    /** A deposit smaller than its order: all of it; no coupons were issued. */
    UNDERPAYMENT,
    /** A deposit to an order already settled, cancelled or expired. */
    LATE_DEPOSIT,
    /** A card payment the provider took after the order had been closed (abandoned, failed). */
    LATE_CARD_PAYMENT,
    /** The card provider charged another amount than the order's or the fees': all of it; nothing issued. */
    CARD_AMOUNT_MISMATCH,
    /** A deposit no order claimed, given back to the company a clerk identified as its sender. */
    UNMATCHED_DEPOSIT
}
