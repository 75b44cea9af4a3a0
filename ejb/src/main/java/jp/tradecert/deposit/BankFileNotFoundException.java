package jp.tradecert.deposit;

import jp.tradecert.platform.BusinessException;

/** No such bank file, or not one of the caller's chamber (which is told the same). */
public class BankFileNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BankFileNotFoundException(long fileId) {
        super("No bank file " + fileId, fileId);
    }
}
