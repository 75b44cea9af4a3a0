package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Lot;
import jp.tradecert.ledger.LotKind;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.SystemNote;
import jp.tradecert.ledger.Wallet;

/**
 * Changes a company's membership (会員 ⇄ 非会員). The chamber erases the company's unused coupons and
 * owes their price back (a 会議所操作 row and a refund due); later purchases use the new tier.
 */
@Stateless
public class MembershipService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private LedgerService ledger;

    @EJB
    private AuditTrail audit;

    @EJB
    private CompanyDirectory directory;

    /**
     * Changes the membership and refunds the unused coupons, in one transaction. Asking for the
     * membership the company already has changes nothing and returns the refund of the last change.
     */
    public RefundDue changeMembership(SignedInUser staff, long companyId, Membership to, String reason) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new CompanyNotFoundException(companyId);
        }
        StaffOnlyException.check(staff, company.getChamber().getId());
        Wallet wallet = ledger.lockWallet(companyId);
        em.refresh(company);
        if (company.getMembership() == to) {
            return lastChange(companyId)
                    .flatMap(change -> ledger.findRefund(refundKey(change)))
                    .orElseThrow(() -> new IllegalArgumentException("The company is already " + to));
        }
        SystemNote why = to == Membership.NON_MEMBER ? SystemNote.MEMBERSHIP_LEFT : SystemNote.MEMBERSHIP_JOINED;
        MembershipChange change = company.changeMembership(to, em.find(UserAccount.class, staff.accountId()),
                reason == null || reason.isBlank() ? null : reason, clock.instant());
        em.persist(change);
        RefundDue refund = ledger.refundUnused(wallet, refundKey(change), why, staff.actor());
        audit.record(staff.auditActor(), AuditAction.MEMBERSHIP_CHANGED, "company:" + companyId, change.getFrom().name(),
                to.name() + ", refund " + refund.getAmountYen() + " yen" + (change.getReason() == null ? ""
                        : ", reason: " + change.getReason()));
        return refund;
    }

    /** What a change of membership would refund now: the unused coupons, and their price as it would be owed back. */
    public record RefundPreview(long coupons, long booklets, long yen) implements java.io.Serializable {

        public long getCoupons() {
            return coupons;
        }

        public long getBooklets() {
            return booklets;
        }

        public long getYen() {
            return yen;
        }
    }

    /**
     * The refund a change of membership of a company of the staff member's chamber would owe if made now
     * (the rule of {@link LedgerService#refundUnused}: each unused coupon at its price, less one coupon's
     * price for each booklet that still has coupons).
     */
    public RefundPreview refundPreview(SignedInUser staff, long companyId) {
        directory.get(staff, companyId);
        List<Lot> lots = ledger.lotsOf(companyId).stream().filter(lot -> lot.getRemaining() > 0).toList();
        return new RefundPreview(lots.stream().mapToLong(Lot::getRemaining).sum(),
                lots.stream().filter(lot -> lot.getKind() == LotKind.BOOKLET).count(), Lot.refundValueOf(lots));
    }

    /** The chamber's staff renew a company's trade registration for two more years; answers the new expiry. */
    public LocalDate renewRegistration(SignedInUser staff, long companyId) {
        Company company = em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        if (company == null) {
            throw new CompanyNotFoundException(companyId);
        }
        StaffOnlyException.check(staff, company.getChamber().getId());
        LocalDate before = company.getRegistrationExpiresOn();
        company.renewRegistration(LocalDate.now(clock));
        audit.record(staff.auditActor(), AuditAction.REGISTRATION_RENEWED, "company:" + companyId, "expires " + before,
                "expires " + company.getRegistrationExpiresOn());
        return company.getRegistrationExpiresOn();
    }

    public List<MembershipChange> historyOf(long companyId) {
        return em.createNamedQuery(MembershipChange.OF_COMPANY, MembershipChange.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    private Optional<MembershipChange> lastChange(long companyId) {
        List<MembershipChange> changes = historyOf(companyId);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    private static String refundKey(MembershipChange change) {
        return "membership-change:" + change.getId();
    }
}
