package jp.tradecert.deposit;

import jp.tradecert.platform.BusinessException;

/** No such deposit, or not one of the staff member's chamber. */
public class DepositNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DepositNotFoundException(long depositId) {
        super("No deposit " + depositId, depositId);
    }
}
