package jp.tradecert.application;

/** How an application's fee is paid; chosen before submitting and never changed after. */
public enum FeePayment {
    /** One coupon, consumed on submission. */
    COUPON,
    /** By card, after approval. */
    CARD
}
