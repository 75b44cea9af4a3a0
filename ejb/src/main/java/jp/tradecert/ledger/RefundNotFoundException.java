package jp.tradecert.ledger;

import jp.tradecert.platform.BusinessException;

/** No such refund, or not one of the staff member's chamber. */
public class RefundNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RefundNotFoundException(long refundId) {
        super("No refund " + refundId, refundId);
    }
}
