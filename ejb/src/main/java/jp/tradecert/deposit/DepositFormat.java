package jp.tradecert.deposit;

/** The file formats deposits arrive in. */
public enum DepositFormat {
    /** Zengin 振込入金通知, 種別コード 01: 200-byte records, Shift_JIS. */
    ZENGIN_TRANSFER_NOTICE,
    /** Zengin 入出金取引明細, 種別コード 03: 200-byte records, Shift_JIS; only credits are deposits. */
    ZENGIN_STATEMENT,
    /** ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), XML. */
    CAMT_054
}
