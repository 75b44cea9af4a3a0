package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** Only the staff of the chamber concerned may do this. */
public class StaffOnlyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaffOnlyException(Role role) {
        super("Only chamber staff may do this, not a " + role, role.name());
    }

    /** Refuses anyone but the staff of that chamber. */
    public static void check(SignedInUser user, long chamberId) {
        if (user.role() != Role.CHAMBER_STAFF || user.chamberId() != chamberId) {
            throw new StaffOnlyException(user.role());
        }
    }
}
