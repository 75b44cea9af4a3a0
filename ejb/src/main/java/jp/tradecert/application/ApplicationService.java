package jp.tradecert.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.catalog.Price;
import jp.tradecert.catalog.Product;
import jp.tradecert.catalog.ProductNotSoldException;
import jp.tradecert.ledger.Actor;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.platform.AuditTrail;
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
    private AuditTrail audit;

    @EJB
    private CatalogService catalog;

    @Inject
    private SqlDialect dialect;

    @EJB
    private ApplicationMails mails;

    /** A new draft, with the fee of the company's tier today (one coupon's price). */
    public CertificateApplication createDraft(SignedInUser applicant, ApplicationForm form) {
        return createDraft(applicant, null, form);
    }

    /**
     * A new draft made from the form {@code formKey} (a key the form was given when it was shown): the
     * same form sent again (a double click, a retried request) finds the draft it made, and the database
     * refuses a second one.
     */
    public CertificateApplication createDraft(SignedInUser applicant, String formKey, ApplicationForm form) {
        Company company = applyingCompany(applicant);
        Optional<CertificateApplication> made = formKey == null ? Optional.empty() : madeFrom(applicant, formKey);
        if (made.isPresent()) {
            return made.get();
        }
        Instant now = clock.instant();
        CertificateApplication application = new CertificateApplication(company.getChamber().getId(),
                company.getId(), applicant.accountId(), form, company.getMembership(), feeOf(company), now, formKey);
        em.persist(application);
        // written now: its moves and mails refer to it, and the unit of work does not order inserts
        // of entities that refer to each other by id only
        em.flush();
        record(application, ApplicationMove.Kind.CREATED, 0, applicant.actor(), null);
        return application;
    }

    /**
     * 申請する on the request form: saves the form (as a new application made from the form {@code formKey},
     * or over the draft or held application {@code applicationId}) and submits it as submission
     * {@code attempt}, in one transaction, so a refused submission (no coupon left) saves nothing either.
     * The same form sent again, once submitted, changes nothing.
     */
    public CertificateApplication submitForm(SignedInUser applicant, Long applicationId, String formKey, int attempt,
            ApplicationForm form) {
        CertificateApplication application;
        if (applicationId == null) {
            application = createDraft(applicant, formKey, form);
        } else {
            application = lockForApplicant(applicant, applicationId);
            if (attempt > application.getSubmissions()) {
                application.edit(form);
            }
        }
        return submit(applicant, application.getId(), attempt);
    }

    /** The application the applicant's company made from the form {@code formKey}, if it made one. */
    public Optional<CertificateApplication> madeFrom(SignedInUser applicant, String formKey) {
        CouponsNotAllowedException.check(applicant);
        return em.createNamedQuery(CertificateApplication.BY_FORM_KEY, CertificateApplication.class)
                .setParameter("company", applicant.companyId())
                .setParameter("key", formKey)
                .getResultStream().findFirst()
                .filter(application -> application.isVisibleTo(applicant));
    }

    /** The fee (証明手数料) the applicant's company pays today for one application: one coupon's price. */
    public long feeFor(SignedInUser applicant) {
        return feeOf(applyingCompany(applicant));
    }

    /** The applicant's company, if the applicant may apply today (a user or sub ID, a registration in force). */
    private Company applyingCompany(SignedInUser applicant) {
        CouponsNotAllowedException.check(applicant);
        Company company = em.find(Company.class, applicant.companyId());
        company.requireRegistration(LocalDate.now(clock));
        return company;
    }

    private long feeOf(Company company) {
        return catalog.priceOf(company.getChamber().getId(), Product.SINGLE, company.getMembership(),
                        LocalDate.now(clock))
                .map(Price::getUnitPriceYen)
                .orElseThrow(() -> new ProductNotSoldException(Product.SINGLE, company.getMembership()));
    }

    /** The application's moves, oldest first, for whoever may see it. */
    public List<ApplicationMove> timeline(SignedInUser user, long applicationId) {
        CertificateApplication application = get(user, applicationId);
        return em.createNamedQuery(ApplicationMove.OF_APPLICATION, ApplicationMove.class)
                .setParameter("application", application.getId())
                .getResultList();
    }

    private void record(CertificateApplication application, ApplicationMove.Kind kind, int submission, Actor actor,
            String reason) {
        em.persist(new ApplicationMove(application.getId(), kind, submission, actor, reason, clock.instant()));
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
        record(application, ApplicationMove.Kind.SUBMITTED, attempt, applicant.actor(), null);
        mails.submitted(application);
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
        int holds = application.getHolds();
        CouponMove move = application.putOnHold(attempt, reason, clock.instant());
        if (move == CouponMove.GIVE_BACK) {
            giveBack(application, attempt, staff.actor());
        }
        if (application.getHolds() > holds) {
            record(application, ApplicationMove.Kind.ON_HOLD, attempt, staff.actor(), application.getHoldReason());
            mails.putOnHold(application);
            audit.record(staff.auditActor(), AuditAction.APPLICATION_HELD, "application:" + applicationId, "SUBMITTED",
                    "ON_HOLD, reason: " + application.getHoldReason());
        }
        return application;
    }

    /** The applicant withdraws (取下げ); the coupon of a submitted application comes back. */
    public CertificateApplication withdraw(SignedInUser applicant, long applicationId) {
        CertificateApplication application = lockForApplicant(applicant, applicationId);
        if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
            return application;
        }
        CouponMove move = application.withdraw(clock.instant());
        if (move == CouponMove.GIVE_BACK) {
            giveBack(application, application.getSubmissions(), applicant.actor());
        }
        record(application, ApplicationMove.Kind.WITHDRAWN, application.getSubmissions(), applicant.actor(), null);
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
        ApplicationStatus before = application.getStatus();
        application.approve(clock.instant());
        record(application, ApplicationMove.Kind.APPROVED, application.getSubmissions(), staff.actor(), null);
        audit.record(staff.auditActor(), AuditAction.APPLICATION_APPROVED, "application:" + applicationId, before.name(),
                application.getStatus().name() + ", receipt " + application.getReceiptNumber());
        if (application.getStatus() == ApplicationStatus.ISSUED) {
            issue(application, staff.actor());
        } else {
            mails.awaitingCard(application);
        }
        return application;
    }

    /**
     * The approved card-paid applications whose fee {@code payer} may pay now: the company's (a sub
     * ID: its own) that no card payment is paying yet, oldest decision first. None for a company admin ID.
     */
    public List<CertificateApplication> feesToPay(SignedInUser payer) {
        if (!payer.role().mayBuyOrUseCoupons()) {
            return List.of();
        }
        return em.createNamedQuery(CertificateApplication.FEES_TO_PAY, CertificateApplication.class)
                .setParameter("company", payer.companyId())
                .getResultStream()
                .filter(application -> application.isVisibleTo(payer))
                .toList();
    }

    /**
     * Card payment {@code paymentId} (already written) starts paying the fees of {@code applicationIds},
     * in its transaction: each must be an approved card-paid application {@code payer} may pay, that no
     * other payment is paying. Locked in id order, so two payments of overlapping sets cannot deadlock.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<CertificateApplication> startFeePayment(SignedInUser payer, List<Long> applicationIds, long paymentId) {
        List<CertificateApplication> paying = new ArrayList<>();
        for (long id : applicationIds.stream().sorted().distinct().toList()) {
            CertificateApplication application = lockForApplicant(payer, id);
            application.feePaymentStarted(paymentId);
            paying.add(application);
        }
        return paying;
    }

    /** Card payment {@code paymentId} ended unpaid: its applications' fees are to pay again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void feePaymentFailed(long paymentId, List<Long> applicationIds) {
        for (long id : applicationIds.stream().sorted().toList()) {
            lock(id).feePaymentFailed(paymentId);
        }
    }

    /**
     * Card payment {@code paymentId} was charged: each of its applications still awaiting its fee is
     * issued, in the payment's transaction. Answers how many fees it paid; fewer than the applications
     * means some were paid otherwise meanwhile (the caller owes the difference back).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long feesPaid(long paymentId, List<Long> applicationIds, Actor payer) {
        long paidYen = 0;
        for (long id : applicationIds.stream().sorted().toList()) {
            CertificateApplication application = lock(id);
            if (application.feePaid(paymentId)) {
                issue(application, payer);
                paidYen += application.getFeeYen();
            }
        }
        return paidYen;
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
    private IssuedCertificate issue(CertificateApplication application, Actor issuedBy) {
        Instant now = clock.instant();
        long sequence = nextNumber("last_certificate_number", application.getChamberId());
        Chamber chamber = em.find(Chamber.class, application.getChamberId());
        IssuedCertificate certificate = new IssuedCertificate(application, chamber.getCode().value(), sequence,
                issuedBy.accountId(), now, now.atZone(clock.getZone()).toLocalDate());
        em.persist(certificate);
        record(application, ApplicationMove.Kind.ISSUED, application.getSubmissions(), issuedBy, null);
        mails.issued(application, certificate);
        return certificate;
    }

    /** One application, as its company's users (a sub ID: only its own) or its chamber's staff see it. */
    public CertificateApplication get(SignedInUser user, long applicationId) {
        CertificateApplication application = em.find(CertificateApplication.class, applicationId);
        if (application == null || !application.isVisibleTo(user)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }

    private void giveBack(CertificateApplication application, int submission, Actor actor) {
        Wallet wallet = ledger.lockWallet(application.getCompanyId());
        ledger.giveBack(wallet, application.returnKey(submission), application.useKey(submission), actor);
    }

    /** Only a user ID or a sub ID moves an application (a company admin ID reads them, and is refused here). */
    private CertificateApplication lockForApplicant(SignedInUser applicant, long applicationId) {
        CouponsNotAllowedException.check(applicant);
        CertificateApplication application = lock(applicationId);
        if (!application.isVisibleTo(applicant)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }

    /** Staff of another chamber are told what everyone outside it is: there is no such application. */
    private CertificateApplication lockForStaff(SignedInUser staff, long applicationId) {
        // the role first, before any row is read or locked: a company's user learns nothing of it
        StaffOnlyException.check(staff, staff.chamberId());
        CertificateApplication application = lock(applicationId);
        if (staff.chamberId() != application.getChamberId()) {
            throw new ApplicationNotFoundException(applicationId);
        }
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
