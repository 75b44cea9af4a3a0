package jp.tradecert.account;

/** What a proposal does once a supervisor approves it. */
public enum ProposalKind {
    /** クーポン残数の調整 (会議所操作): coupons added to or taken from a company's wallet, with a reason. */
    BALANCE_ADJUSTMENT
}
