package jp.tradecert.account;

/** What a line of the audit trail records: each staff or money action, by its one name. */
public enum AuditAction {
    BANK_FILE_UPLOADED,
    BANK_FILE_APPROVED,
    JOB_STARTED,
    MEMBERSHIP_CHANGED,
    REGISTRATION_RENEWED,
    BALANCE_ADJUSTED,
    ADJUSTMENT_PROPOSED,
    REFUND_PAYMENT_PROPOSED,
    REFUND_PAID,
    PROPOSAL_APPROVED,
    PROPOSAL_REJECTED,
    REFUND_ACCOUNT_CHANGED,
    APPLICATION_APPROVED,
    APPLICATION_HELD
}
