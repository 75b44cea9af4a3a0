package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.tradecert.ledger.LedgerEntry;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.platform.AuditTrail;

/** What chamber staff do to a company's coupons by hand (会議所操作). */
@Stateless
public class ChamberOperations {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LedgerService ledger;

    @EJB
    private AuditTrail audit;

    /**
     * Adds (positive) or removes (negative) coupons with a reason the history shows. {@code requestId}
     * identifies the staff member's request (one per form shown), so that submitting the same form
     * twice adjusts once.
     */
    public LedgerEntry adjust(SignedInUser staff, long companyId, int quantity, String note, String requestId) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new CompanyNotFoundException(companyId);
        }
        StaffOnlyException.check(staff, company.getChamber().getId());
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("An adjustment names its request");
        }
        Wallet wallet = ledger.lockWallet(companyId);
        long before = wallet.getBalance();
        String key = "adjust:" + companyId + ":" + requestId;
        boolean already = ledger.findEntry(key).isPresent();
        LedgerEntry entry = ledger.adjust(wallet, key, quantity, note, staff.actor());
        if (!already) {
            audit.record(staff.auditActor(), AuditAction.BALANCE_ADJUSTED, "company:" + companyId, "balance " + before,
                    "balance " + entry.getBalanceAfter() + " (" + (quantity > 0 ? "+" : "") + quantity + "), reason: "
                            + note);
        }
        return entry;
    }
}
