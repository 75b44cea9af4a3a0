package jp.tradecert.ledger;

import jp.tradecert.platform.BusinessException;

/** The company has no wallet: it is not a registered applicant. */
public class WalletNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WalletNotFoundException(long companyId) {
        super("No wallet for company " + companyId, companyId);
    }
}
