package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** No chamber has that code. */
public class ChamberNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChamberNotFoundException(ChamberCode code) {
        super("No chamber " + code, code.value());
    }
}
