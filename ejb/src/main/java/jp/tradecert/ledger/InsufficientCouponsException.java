package jp.tradecert.ledger;

import jp.tradecert.platform.BusinessException;

/** The company has fewer coupons than the move needs: nothing happened. */
public class InsufficientCouponsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InsufficientCouponsException(long balance, long needed) {
        super("The balance is " + balance + " coupons, " + needed + " needed", balance, needed);
    }
}
