package jp.tradecert.application;

/** What a transition does to the company's coupons. */
enum CouponMove {
    /** Nothing: card payment, or a transition repeated (double click, retry). */
    NONE,
    /** One coupon is consumed (submission). */
    CONSUME,
    /** The coupon of the last submission comes back (hold, or withdrawal of a submitted application). */
    GIVE_BACK
}
