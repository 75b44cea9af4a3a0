package jp.tradecert.ledger;

/** Where a lot's coupons came from, which decides what an unused one is refunded at. */
public enum LotKind {
    /** Single coupons of one order line, each refunded at its price. */
    SINGLE,
    /** One booklet: its coupons are refunded at the booklet's price per paid coupon, less one. */
    BOOKLET,
    /** Coupons the chamber added by hand; they were not paid for and refund nothing. */
    ADJUSTMENT
}
