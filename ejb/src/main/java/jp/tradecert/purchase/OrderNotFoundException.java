package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/** No such order for this company. */
public class OrderNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(long orderId) {
        super("No order " + orderId, orderId);
    }
}
