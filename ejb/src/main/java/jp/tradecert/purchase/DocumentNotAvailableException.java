package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/**
 * The order has no such document: a transfer request is printed for bank-transfer orders only, a card
 * statement once a card payment went through.
 */
public class DocumentNotAvailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DocumentNotAvailableException(String orderNumber) {
        super("No such document for order " + orderNumber, orderNumber);
    }
}
