package jp.tradecert.payment.card;

import jp.tradecert.platform.BusinessException;

/**
 * The provider did not take the order, so the buyer cannot pay it by card now; the order is closed
 * as failed and nothing was charged. The buyer may try again.
 */
public class CardPaymentNotStartedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CardPaymentNotStartedException(String orderNumber) {
        super("The card provider did not take order " + orderNumber, orderNumber);
    }
}
