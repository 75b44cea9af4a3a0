package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/** The company already has an open order; it must be paid or cancelled before a new one. */
public class OpenOrderExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final OrderNumber openOrder;

    public OpenOrderExistsException(OrderNumber openOrder) {
        super("Open order " + openOrder + " must be settled or cancelled first", openOrder.value());
        this.openOrder = openOrder;
    }

    /** The order in the way, for a link to it. */
    public OrderNumber openOrder() {
        return openOrder;
    }
}
