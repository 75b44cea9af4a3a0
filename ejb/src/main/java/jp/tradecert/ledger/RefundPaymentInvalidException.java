package jp.tradecert.ledger;

import jp.tradecert.platform.RefusedForReason;

/**
 * What a payment of a refund says cannot be so: an amount above what is owed (the fees are deducted, never
 * added), a date in the future or before the refund existed, a missing or over-long bank reference.
 */
public class RefundPaymentInvalidException extends RefusedForReason {

    private static final long serialVersionUID = 1L;

    /** Which part of the payment is wrong; each has its own message. */
    public enum Why {
        AMOUNT,
        DATE,
        REFERENCE
    }

    public RefundPaymentInvalidException(Long refundId, Why why, long amountYen) {
        super(why, "Refund " + refundId + ": invalid payment " + why, refundId, amountYen, RefundDue.MAX_REFERENCE);
    }

    public Why why() {
        return (Why) reason();
    }
}
