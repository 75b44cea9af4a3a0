package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** Only user IDs and sub IDs buy and use coupons; a company admin ID or chamber staff may not. */
public class CouponsNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CouponsNotAllowedException(Role role) {
        super("A " + role + " may not buy or use coupons", role.name());
    }

    /** Refuses anyone but a user ID or a sub ID of a company. */
    public static void check(SignedInUser user) {
        if (!user.role().mayBuyOrUseCoupons() || !user.hasCompany()) {
            throw new CouponsNotAllowedException(user.role());
        }
    }
}
