package jp.tradecert.notification;

/** What a mail reports. */
public enum MailKind {
    /** A bank-transfer order was placed: the one-time account and the deadline. */
    ORDER_ACCEPTED,
    /** The order was paid and its coupons issued. */
    COUPONS_ISSUED,
    /** The order was cancelled by the buyer, or expired unpaid. */
    ORDER_CANCELLED,
    /** The card payment failed; nothing was charged or issued. */
    CARD_PAYMENT_FAILED,
    /** Money is owed back to the buyer: an overpayment's excess, or a whole underpayment. */
    REFUND_DUE,
    /** The bank took back the deposit that paid the order: its coupons were taken back, the order cancelled. */
    DEPOSIT_REVERSED,
    /** To the auditors: the nightly ledger audit found differences. */
    AUDIT_DIFFERENCES,
    /** To the staff: no bank file came for a business day. */
    MISSING_BANK_FILE
}
