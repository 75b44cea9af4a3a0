package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.tradecert.platform.AuditTrail;

/**
 * 職員管理: the IDs of a chamber's staff, their rank (職員 or 承認者) and whether they may sign in. Every member of
 * the staff, and the operator looking at the chamber, reads the list; a supervisor makes a clerk a supervisor or a
 * supervisor a clerk, and stops (利用停止) or allows again another member's ID — never their own
 * ({@link OwnAccountException}), so the supervisor who acts always remains one and the chamber always has one.
 * Either change ends the member's open sessions at their next request (the session epoch and the rank are part of
 * {@link SessionState}). Audited. No single supervisor can make an account here (so none can make a second
 * pair of eyes of their own): staff IDs are made when a chamber is set up.
 */
@Stateless
public class StaffAccounts {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** The chamber's staff IDs, by login ID. */
    public List<UserAccount> members(SignedInUser reader) {
        StaffOnlyException.checkReader(reader, reader.chamberId());
        return em.createQuery("select u from UserAccount u where u.chamber.id = :chamber and u.role = :role"
                        + " order by u.loginId", UserAccount.class)
                .setParameter("chamber", reader.chamberId())
                .setParameter("role", Role.CHAMBER_STAFF)
                .getResultList();
    }

    /** Another member of the supervisor's chamber made a clerk or a supervisor; the same rank changes nothing. */
    public UserAccount changeRank(SignedInUser supervisor, long accountId, StaffRank rank) {
        UserAccount member = anotherMember(supervisor, accountId);
        if (member.getStaffRank() != rank) {
            StaffRank before = member.getStaffRank();
            member.changeRank(rank);
            audit.record(supervisor.auditActor(), AuditAction.STAFF_RANK_CHANGED, "staff:" + member.getLoginId(),
                    member.getLoginId() + " " + before, member.getLoginId() + " " + rank);
        }
        return member;
    }

    /** Another member's ID stopped (it signs in nowhere, its sessions end) or allowed again. */
    public UserAccount setEnabled(SignedInUser supervisor, long accountId, boolean enabled) {
        UserAccount member = anotherMember(supervisor, accountId);
        if (member.isEnabled() != enabled) {
            member.setEnabled(enabled);
            audit.record(supervisor.auditActor(), enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    "staff:" + member.getLoginId(), member.getLoginId() + (enabled ? " stopped" : " enabled"),
                    member.getLoginId() + (enabled ? " enabled" : " stopped"));
        }
        return member;
    }

    /**
     * A member of the supervisor's own chamber other than the supervisor, locked so that two supervisors changing
     * the same member at once change it one after the other; anyone else's ID is "not found".
     */
    private UserAccount anotherMember(SignedInUser supervisor, long accountId) {
        SupervisorOnlyException.check(supervisor, supervisor.chamberId());
        UserAccount member = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null || member.getRole() != Role.CHAMBER_STAFF
                || member.getChamber().getId() != supervisor.chamberId()) {
            throw new AccountNotFoundException(String.valueOf(accountId));
        }
        if (member.getId() == supervisor.accountId()) {
            throw new OwnAccountException(member.getLoginId());
        }
        return member;
    }
}
