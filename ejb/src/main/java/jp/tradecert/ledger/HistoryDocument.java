package jp.tradecert.ledger;

import java.util.Optional;

/** The PDF an order prints, which its history row and its order page link to. */
public enum HistoryDocument {
    /** 振込依頼書: a bank-transfer order's transfer request form. */
    TRANSFER_REQUEST,
    /** 利用明細(控): a paid card order's statement. */
    CARD_STATEMENT;

    /**
     * The one rule for which document an order has, by its payment method's and status's names: a
     * transfer request only while the transfer is awaited (after that its one-time account takes no
     * money for it), a card statement once the card payment is settled.
     */
    public static Optional<HistoryDocument> ofOrder(String paymentMethod, String status) {
        boolean bank = "BANK_TRANSFER".equals(paymentMethod);
        if (bank && "PENDING_PAYMENT".equals(status)) {
            return Optional.of(TRANSFER_REQUEST);
        }
        return !bank && "PAID".equals(status) ? Optional.of(CARD_STATEMENT) : Optional.empty();
    }
}
