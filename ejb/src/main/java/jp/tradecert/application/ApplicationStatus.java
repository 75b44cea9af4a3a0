package jp.tradecert.application;

/** Where a certificate application stands. */
public enum ApplicationStatus {
    /** 一時保存 */
    DRAFT,
    /** 発給申請: submitted for issuance; a coupon-paid application holds one coupon. */
    SUBMITTED,
    /** 保留: returned to the applicant for a defect; its coupon came back. */
    ON_HOLD,
    /** 承認: waiting only for the card payment. */
    APPROVED,
    /** 交付済: the certificate is issued. */
    ISSUED,
    /** 取下げ */
    WITHDRAWN
}
