package jp.tradecert.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.catalog.Price;
import jp.tradecert.catalog.Product;
import jp.tradecert.catalog.ProductNotSoldException;
import jp.tradecert.ledger.Actor;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.platform.SqlDialect;

/**
 * Moves certificate applications through their states. A move that consumes or gives back a coupon
 * writes its ledger entry in the same transaction as the state change. Locks are taken in one order
 * everywhere: the application, then the company's wallet, then the chamber's receipt counter.
 */
@Stateless
public class ApplicationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private LedgerService ledger;

    @EJB
    private CatalogService catalog;

    @Inject
    private SqlDialect dialect;

    /** A new draft, with the fee of the company's tier today (one coupon's price). */
    public CertificateApplication createDraft(SignedInUser applicant, ApplicationForm form) {
        if (!applicant.role().isApplicant() || !applicant.hasCompany() || applicant.role() == Role.COMPANY_ADMIN) {
            throw new CouponsNotAllowedException(applicant.role());
        }
        Company company = em.find(Company.class, applicant.companyId());
        Instant now = clock.instant();
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        company.requireRegistration(today);
        long fee = catalog.priceOf(company.getChamber().getId(), Product.SINGLE, company.getMembership(), today)
                .map(Price::getUnitPriceYen)
                .orElseThrow(() -> new ProductNotSoldException(Product.SINGLE, company.getMembership()));
        CertificateApplication application = new CertificateApplication(company.getChamber().getId(),
                company.getId(), applicant.accountId(), form, company.getMembership(), fee, now);
        em.persist(application);
        return application;
    }

    /**
     * Submits (発給申請) as submission number {@code attempt}: 1 for a draft, one more than before after
     * a hold. With coupon payment one coupon is consumed; without one the submission is refused and
     * nothing changes. Repeating a submission already made changes nothing.
     */
    public CertificateApplication submit(SignedInUser applicant, long applicationId, int attempt) {
        CertificateApplication application = lockForApplicant(applicant, applicationId);
        if (attempt <= application.getSubmissions()) {
            return application;
        }
        if (application.getPayment() == FeePayment.COUPON) {
            CouponsNotAllowedException.check(applicant);
        }
        boolean first = application.getReceiptNumber() == null;
        CouponMove move = application.submit(attempt, clock.instant());
        // locks in the order application, wallet, lot, then the chamber's receipt counter (shared by
        // every company of the chamber, so held for the shortest time)
        if (move == CouponMove.CONSUME) {
            ledger.use(application.getCompanyId(), application.useKey(attempt), application.getId(),
                    () -> receiptNumberOf(application, first), applicant.actor());
        } else {
            receiptNumberOf(application, first);
        }
        return application;
    }

    /** The application's receipt number, drawn from the chamber's counter on its first submission. */
    private long receiptNumberOf(CertificateApplication application, boolean first) {
        if (first) {
            application.assignReceiptNumber(nextReceiptNumber(application.getChamberId()));
        }
        return application.getReceiptNumber();
    }

    /** The chamber puts submission {@code attempt} on hold (保留); a coupon paid for it comes back. */
    public CertificateApplication putOnHold(SignedInUser staff, long applicationId, int attempt, String reason) {
        CertificateApplication application = lockForStaff(staff, applicationId);
        CouponMove move = application.putOnHold(attempt, reason, clock.instant());
        if (move == CouponMove.GIVE_BACK) {
            giveBack(application, attempt, staff.actor());
        }
        return application;
    }

    /** The applicant withdraws (取下げ); the coupon of a submitted application comes back. */
    public CertificateApplication withdraw(SignedInUser applicant, long applicationId) {
        CertificateApplication application = lockForApplicant(applicant, applicationId);
        CouponMove move = application.withdraw(clock.instant());
        if (move == CouponMove.GIVE_BACK) {
            giveBack(application, application.getSubmissions(), applicant.actor());
        }
        return application;
    }

    /** The applicant corrects a draft, or an application the chamber put on hold, before submitting it. */
    public CertificateApplication edit(SignedInUser applicant, long applicationId, ApplicationForm form) {
        CertificateApplication application = lockForApplicant(applicant, applicationId);
        application.edit(form);
        return application;
    }

    /**
     * The chamber approves (承認); paid by coupon, the certificate is issued at once, with its number
     * and access code. Approving again changes nothing.
     */
    public CertificateApplication approve(SignedInUser staff, long applicationId) {
        CertificateApplication application = lockForStaff(staff, applicationId);
        if (application.getStatus() == ApplicationStatus.APPROVED
                || application.getStatus() == ApplicationStatus.ISSUED) {
            return application;
        }
        application.approve(clock.instant());
        if (application.getStatus() == ApplicationStatus.ISSUED) {
            issue(application, staff.accountId());
        }
        return application;
    }

    /** The certificate the application was issued, as its company's users or its chamber's staff see it. */
    public Optional<IssuedCertificate> certificateOf(SignedInUser user, long applicationId) {
        CertificateApplication application = get(user, applicationId);
        return em.createNamedQuery(IssuedCertificate.OF_APPLICATION, IssuedCertificate.class)
                .setParameter("application", application.getId())
                .getResultStream()
                .findFirst();
    }

    /**
     * Issues the certificate of an application just moved to ISSUED, in the same transaction: its
     * number is drawn from the chamber's counter (held locked to the end, so numbers have no gaps).
     */
    private IssuedCertificate issue(CertificateApplication application, Long issuedBy) {
        Instant now = clock.instant();
        long sequence = nextNumber("last_certificate_number", application.getChamberId());
        Chamber chamber = em.find(Chamber.class, application.getChamberId());
        IssuedCertificate certificate = new IssuedCertificate(application, chamber.getCode().value(), sequence,
                issuedBy, now, now.atZone(clock.getZone()).toLocalDate());
        em.persist(certificate);
        return certificate;
    }

    /** One application, as its company's users (a sub ID: only its own) or its chamber's staff see it. */
    public CertificateApplication get(SignedInUser user, long applicationId) {
        CertificateApplication application = em.find(CertificateApplication.class, applicationId);
        if (application == null || !mayAccess(user, application)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }

    private void giveBack(CertificateApplication application, int submission, Actor actor) {
        Wallet wallet = ledger.lockWallet(application.getCompanyId());
        ledger.giveBack(wallet, application.returnKey(submission), application.useKey(submission), actor);
    }

    private CertificateApplication lockForApplicant(SignedInUser applicant, long applicationId) {
        CertificateApplication application = lock(applicationId);
        if (!applicant.role().isApplicant() || !mayAccess(applicant, application)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }

    private CertificateApplication lockForStaff(SignedInUser staff, long applicationId) {
        CertificateApplication application = lock(applicationId);
        StaffOnlyException.check(staff, application.getChamberId());
        return application;
    }

    private CertificateApplication lock(long applicationId) {
        CertificateApplication application = em.find(CertificateApplication.class, applicationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }

    /** A company's user ID sees all of its applications, a sub ID the ones it filed; staff their chamber's. */
    private static boolean mayAccess(SignedInUser user, CertificateApplication application) {
        if (user.role() == Role.CHAMBER_STAFF) {
            return user.chamberId() == application.getChamberId();
        }
        if (!user.hasCompany() || user.companyId() != application.getCompanyId()) {
            return false;
        }
        return user.role() != Role.SUB || user.accountId() == application.getCreatedBy();
    }

    /**
     * The chamber's next receipt number. The counter row stays locked until the transaction ends, so
     * numbers are handed out one at a time and a rolled-back submission leaves no gap. The changed
     * application is not flushed first: the database accepts it only once it has its number.
     */
    private long nextReceiptNumber(long chamberId) {
        return nextNumber("last_receipt_number", chamberId);
    }

    /** The next number of one of the chamber's counters (receipts, certificates), its row locked to the end. */
    private long nextNumber(String counter, long chamberId) {
        return ((Number) em.createNativeQuery(dialect.updateReturning(
                        "update chamber set " + counter + " = " + counter + " + 1 where id = ?", counter))
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, chamberId)
                .getSingleResult()).longValue();
    }
}
