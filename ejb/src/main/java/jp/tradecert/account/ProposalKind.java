package jp.tradecert.account;

/** What a proposal does once a supervisor approves it. */
public enum ProposalKind {
    /** クーポン残数の調整 (会議所操作): coupons added to or taken from a company's wallet, with a reason. */
    BALANCE_ADJUSTMENT,
    /** 返金済の記録: the chamber's transfer of a refund due (date, yen sent, the bank's reference); the refund is then PAID, once. */
    REFUND_PAID,
    /** 入金の手動照合: a deposit no order claimed applied to an order by the nightly job's rules, once. */
    DEPOSIT_MATCH,
    /** 会員区分の変更: the company becomes a member or not; its unused coupons are erased and their price owed back. */
    MEMBERSHIP_CHANGE,
    /** 未照合入金の返金: a deposit no order claimed, owed back in full to the company that sent it, once. */
    DEPOSIT_REFUND,
    /**
     * 振込人への返金: a deposit no order claimed, from a sender who is no company of the chamber, recorded as sent
     * back to that sender (the day, the yen sent, the bank's reference); nobody is owed anything, once.
     */
    DEPOSIT_RETURN
}
