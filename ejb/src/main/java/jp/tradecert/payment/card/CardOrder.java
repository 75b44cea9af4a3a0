package jp.tradecert.payment.card;

/**
 * What the provider is told of an order: its number (the provider's key for it), the amount, what is
 * bought, and who buys (the provider's page and receipt mail show them). No card data, ever.
 */
public record CardOrder(String orderNumber, long amountYen, String itemName, String buyerId, String buyerName,
        String mailAddress) {
}
