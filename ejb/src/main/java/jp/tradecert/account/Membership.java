package jp.tradecert.account;

/** A company's membership of its chamber; it decides the price tier of a purchase. */
public enum Membership {
    /** 会員 */
    MEMBER,
    /** 非会員 */
    NON_MEMBER
}
