package jp.tradecert.deposit;

import jp.tradecert.platform.BusinessException;

/** The deposit is not waiting for a clerk any more: it was matched (by hand or by a later file) or reversed. */
public class DepositNotUnmatchedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DepositNotUnmatchedException(Long depositId, DepositOutcome outcome) {
        super("Deposit " + depositId + " is " + outcome, depositId, outcome);
    }
}
