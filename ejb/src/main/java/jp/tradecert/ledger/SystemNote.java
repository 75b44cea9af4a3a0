package jp.tradecert.ledger;

/**
 * Why the system (not a person) changed a balance, as a 会議所操作 row of the coupon history shows it.
 * Stored by name ({@code ledger_entry.note_key}, with one argument where the text needs one) and put
 * into words only when shown, in the reader's language ({@code History*.properties}, key
 * {@code note.<NAME>}); a staff member's own reason for an adjustment is kept as typed instead.
 */
public enum SystemNote {
    /** 退会に伴い未使用分を返金: a member left; its unused coupons are refunded. */
    MEMBERSHIP_LEFT,
    /** 入会に伴い未使用分を返金: a non-member joined; its unused coupons are refunded. */
    MEMBERSHIP_JOINED,
    /** 銀行による入金の取消: the bank took back the deposit that paid an order (argument: the order number). */
    DEPOSIT_REVERSED
}
