package jp.tradecert.payment;

import jp.tradecert.platform.BusinessException;

/**
 * The chamber has no one-time account to give: it has no pool at its bank, or every number is in use
 * or resting. Bank transfer is not possible until the chamber extends its pool; card payment is.
 */
public class NoVirtualAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoVirtualAccountException(long chamberId) {
        super("No virtual account free at chamber " + chamberId, chamberId);
    }
}
