package jp.tradecert.ledger;

public enum RefundStatus {
    /** Owed, not yet paid. */
    DUE,
    /** Paid by the chamber. */
    PAID,
    /** No longer owed: the money it was for went back to the payer by the bank (a returned transfer). */
    CANCELLED
}
