package jp.tradecert.purchase;

/**
 * An order was just placed, fired in the transaction that placed it: the card side opens a card
 * order's payment record in that same transaction ({@code payment.card.CardPaymentRecords}).
 */
public record OrderPlaced(PurchaseOrder order) {
}
