package jp.tradecert.application;

/** What is certified. Japanese and foreign origin are never mixed in one application. */
public enum CertificateType {
    /** 原産地証明書 (日本産) */
    ORIGIN_JAPANESE,
    /** 原産地証明書 (外国産) */
    ORIGIN_FOREIGN,
    /** インボイス証明 */
    INVOICE,
    /** サイン証明 */
    SIGNATURE
}
