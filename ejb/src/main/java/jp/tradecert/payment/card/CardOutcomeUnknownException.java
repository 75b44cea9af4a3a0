package jp.tradecert.payment.card;

import jp.tradecert.platform.BusinessException;

/**
 * The buyer asked to stop a card payment, but the provider could not say whether the card was
 * charged: nothing is changed until it can (the janitor keeps asking).
 */
public class CardOutcomeUnknownException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CardOutcomeUnknownException(String orderNumber) {
        super("The outcome of the card payment of order " + orderNumber + " is not known yet", orderNumber);
    }
}
