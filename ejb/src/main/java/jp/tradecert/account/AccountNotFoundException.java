package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** No enabled account answers to that name at that chamber. */
public class AccountNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(String principalName) {
        super("No account " + principalName, principalName);
    }
}
