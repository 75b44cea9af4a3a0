package jp.tradecert.payment.card;

import jp.tradecert.platform.BusinessException;

/** No fee payment by that id that the user may see: another company's is "not found" too. */
public class FeePaymentNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FeePaymentNotFoundException(long paymentId) {
        super("No fee payment " + paymentId, paymentId);
    }
}
