package jp.tradecert.ledger;

/** The 操作 column of the coupon history. */
public enum HistoryOperation {
    /** 購入: an order, placed (pending) or settled. */
    PURCHASE,
    /** 使用: an application paid with a coupon. */
    USE,
    /** 会議所操作: the chamber changed the balance (an adjustment or a refund of unused coupons). */
    CHAMBER_OPERATION,
    /** その他(返却): an application's coupon came back. */
    RETURN
}
