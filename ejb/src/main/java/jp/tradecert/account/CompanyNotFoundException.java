package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** No such company at this chamber. */
public class CompanyNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CompanyNotFoundException(long companyId) {
        super("No company " + companyId, companyId);
    }
}
