package jp.tradecert.ledger;

import jp.tradecert.platform.BusinessException;

/**
 * What a payment of a refund says cannot be so: an amount above what is owed (the fees are deducted, never
 * added), a date in the future or before the refund existed, a missing or over-long bank reference.
 */
public class RefundPaymentInvalidException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Which part of the payment is wrong; each has its own message. */
    public enum Why {
        AMOUNT,
        DATE,
        REFERENCE
    }

    private final Why why;

    public RefundPaymentInvalidException(Long refundId, Why why, long amountYen) {
        super("Refund " + refundId + ": invalid payment " + why, refundId, amountYen, RefundDue.MAX_REFERENCE);
        this.why = why;
    }

    public Why why() {
        return why;
    }

    @Override
    public String messageKey() {
        return super.messageKey() + "." + why.name();
    }
}
