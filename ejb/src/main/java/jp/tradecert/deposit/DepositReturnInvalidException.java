package jp.tradecert.deposit;

import jp.tradecert.ledger.RefundDue;
import jp.tradecert.platform.RefusedForReason;

/**
 * What a deposit's transfer back to its sender says cannot be so: no yen, or more than was deposited (the fee is
 * deducted, never added), a day in the future or before the deposit, a missing or over-long bank reference.
 */
public class DepositReturnInvalidException extends RefusedForReason {

    private static final long serialVersionUID = 1L;

    /** Which part of the transfer is wrong; each has its own message. */
    public enum Why {
        AMOUNT,
        DATE,
        REFERENCE
    }

    public DepositReturnInvalidException(long depositId, Why why, long depositYen) {
        super(why, "Deposit " + depositId + ": invalid transfer back " + why, depositId, depositYen,
                RefundDue.MAX_REFERENCE);
    }

    public Why why() {
        return (Why) reason();
    }
}
