package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** Only the staff of the chamber concerned may do this. */
public class StaffOnlyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaffOnlyException(Role role) {
        super("Only chamber staff may do this, not a " + role, role.name());
    }

    /** Refuses anyone but the staff of that chamber: what changes anything. */
    public static void check(SignedInUser user, long chamberId) {
        if (user.role() != Role.CHAMBER_STAFF || user.chamberId() != chamberId) {
            throw new StaffOnlyException(user.role());
        }
    }

    /**
     * Refuses anyone but the staff of that chamber and the operator (日本商工会議所) looking at it
     * ({@link SignedInUser#viewing}): what only reads. The operator reads every chamber and changes none.
     */
    public static void checkReader(SignedInUser user, long chamberId) {
        if ((user.role() != Role.CHAMBER_STAFF && user.role() != Role.OPERATOR) || user.chamberId() != chamberId) {
            throw new StaffOnlyException(user.role());
        }
    }
}
