package jp.tradecert.account;

import java.io.Serializable;

/**
 * What a signed-in session rests on, as the account is now: its role and rank, its session epoch (raised when the
 * password changes) and whether its holder must still choose a password. A session whose account no longer has
 * the role, rank or epoch it began with is ended.
 */
public record SessionState(long accountId, Role role, StaffRank staffRank, int epoch, boolean mustChangePassword)
        implements Serializable {

    /** Whether a session that began in {@code earlier} may go on in this state. */
    public boolean continues(SessionState earlier) {
        return accountId == earlier.accountId && role == earlier.role && staffRank == earlier.staffRank
                && epoch == earlier.epoch;
    }
}
