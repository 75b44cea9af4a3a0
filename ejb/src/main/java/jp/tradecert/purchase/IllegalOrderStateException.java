package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/** The order is not in a state that allows this move (e.g. cancelling a paid order). */
public class IllegalOrderStateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final OrderStatus status;

    public IllegalOrderStateException(String orderNumber, OrderStatus status, String action) {
        super("Order " + orderNumber + " is " + status + ": cannot " + action, orderNumber, status.name(), action);
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }
}
