package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/** The mail address is missing or does not look like one. */
public class InvalidMailAddressException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidMailAddressException(String address) {
        super("Not a mail address: " + address, address);
    }
}
