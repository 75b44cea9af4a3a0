package jp.tradecert.payment.card;

import jp.tradecert.platform.BusinessException;

/**
 * The provider did not take the fee payment, so the fees cannot be paid by card now; nothing was
 * charged and the applications stay approved, their fees to pay again.
 */
public class FeePaymentNotStartedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FeePaymentNotStartedException(String paymentNumber) {
        super("The card provider did not take fee payment " + paymentNumber, paymentNumber);
    }
}
