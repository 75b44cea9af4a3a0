package jp.tradecert.ledger;

public enum RefundStatus {
    /** Owed, not yet paid. */
    DUE,
    /** Paid by the chamber. */
    PAID
}
