package jp.tradecert.purchase;

public enum PaymentMethod {
    /** 銀行振込: to a one-time virtual account, matched by the nightly reconciliation. */
    BANK_TRANSFER,
    /** クレジットカード: on the card provider's page, settled at once. */
    CARD
}
