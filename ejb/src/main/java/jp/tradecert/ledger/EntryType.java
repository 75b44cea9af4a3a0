package jp.tradecert.ledger;

/** What changed a balance. The sign of each type's quantity is fixed (the database checks it too). */
public enum EntryType {
    /** A settled order issued its coupons (購入): positive. */
    PURCHASE,
    /** An application was submitted and paid with one coupon (使用): minus one. */
    USE,
    /** An application's coupon came back, on hold or withdrawal (その他(返却)): plus one. */
    RETURN,
    /** The chamber corrected the balance by hand, with a reason (会議所操作): either sign. */
    CHAMBER_ADJUSTMENT,
    /** The chamber erased the unused coupons to refund them, on a change of membership (会議所操作): negative. */
    REFUND
}
