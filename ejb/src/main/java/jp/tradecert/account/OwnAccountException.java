package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/**
 * A supervisor may not change their own rank nor stop their own ID: another supervisor does, so that nobody
 * lowers or locks out the one who would notice, and a chamber never loses its last supervisor by a slip.
 */
public class OwnAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OwnAccountException(String loginId) {
        super("A staff member may not change their own rank or stop their own ID: " + loginId, loginId);
    }
}
