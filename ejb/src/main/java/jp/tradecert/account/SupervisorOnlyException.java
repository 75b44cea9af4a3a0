package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** Only a supervisor (承認者) of the chamber concerned may do this: approve what another proposed. */
public class SupervisorOnlyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SupervisorOnlyException(String loginId) {
        super("Only a supervisor (承認者) of the chamber may approve this, not " + loginId, loginId);
    }

    /** Refuses anyone but a supervisor of that chamber's staff. */
    public static void check(SignedInUser user, long chamberId) {
        StaffOnlyException.check(user, chamberId);
        if (!user.isSupervisor()) {
            throw new SupervisorOnlyException(user.loginId());
        }
    }
}
