package jp.tradecert.ledger;

import jp.tradecert.platform.BusinessException;

/** The refund is not owed any more: paid already, or cancelled because the bank returned the money. */
public class RefundNotDueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RefundNotDueException(Long refundId, RefundStatus status) {
        super("Refund " + refundId + " is " + status, refundId, status);
    }
}
