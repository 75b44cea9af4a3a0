package jp.tradecert.payment.card;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.UserAccount;
import jp.tradecert.application.ApplicationNotFoundException;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.document.Pdf;
import jp.tradecert.ledger.Actor;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.purchase.CardStatement;
import jp.tradecert.purchase.DocumentLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this system records of card payments of application fees, each change in one transaction
 * with the applications': a payment started (its applications reserved for it), the provider's answers
 * turned into issued certificates or fees to pay again. The payment's row is locked first, so answers
 * about one payment, from the notification, the payer's return and the janitor at once, are applied
 * one after the other, and each certificate is issued once.
 */
@Stateless
public class FeePaymentRecords {

    private static final Logger LOG = Logger.getLogger(FeePaymentRecords.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationService applications;

    @EJB
    private LedgerService ledger;

    @Inject
    private Clock clock;

    @Inject
    private CardWatchPeriods periods;

    @Inject
    @ConfigProperty(name = "coupons.operator.name", defaultValue = "日本商工会議所")
    String operatorName;

    /**
     * The payment of the fees of {@code applicationIds} by {@code payer}: the one already paying the
     * first of them that has one (resumed: the same page again), else a new one for all of them,
     * each application reserved for it. Refused for an application the payer may not pay.
     */
    public FeeCardPayment start(SignedInUser payer, List<Long> applicationIds) {
        CouponsNotAllowedException.check(payer);
        if (applicationIds.isEmpty()) {
            throw new IllegalArgumentException("No application to pay");
        }
        for (long id : applicationIds) {
            CertificateApplication application = applications.get(payer, id);
            if (application.getFeePaymentId() != null) {
                FeeCardPayment open = em.find(FeeCardPayment.class, application.getFeePaymentId());
                if (open.getStatus() == FeeCardPayment.Status.AWAITING_CARD) {
                    return open;
                }
            }
        }
        // the fees first (fixed when each application was made, so read without a lock): the payment's
        // row, with its amount, is written before the applications that will point to it
        List<FeeCardPayment.Line> fees = applicationIds.stream().sorted().distinct()
                .map(id -> new FeeCardPayment.Line(id, applications.get(payer, id).getFeeYen()))
                .toList();
        FeeCardPayment payment = new FeeCardPayment(payer.companyId(), payer.accountId(), clock.instant());
        em.persist(payment);
        payment.pays(fees, LocalDate.now(clock));
        em.flush();
        applications.startFeePayment(payer, applicationIds, payment.getId());
        return payment;
    }

    /** One payment, as the payer's company's users see it (a sub ID: one paying its own applications). */
    public FeeCardPayment get(SignedInUser user, long paymentId) {
        FeeCardPayment payment = em.find(FeeCardPayment.class, paymentId);
        if (payment == null || !user.hasCompany() || user.companyId() != payment.getCompanyId()
                || payment.applicationIds().stream().anyMatch(id -> !isVisible(user, id))) {
            throw new FeePaymentNotFoundException(paymentId);
        }
        return payment;
    }

    private boolean isVisible(SignedInUser user, long applicationId) {
        try {
            applications.get(user, applicationId);
            return true;
        } catch (ApplicationNotFoundException e) {
            return false;
        }
    }

    /** The statement 利用明細(控) of a paid fee payment: one line per application (its receipt number and fee). */
    public Pdf statement(SignedInUser user, long paymentId) {
        FeeCardPayment payment = get(user, paymentId);
        if (payment.getStatus() != FeeCardPayment.Status.PAID) {
            throw new FeePaymentNotFoundException(paymentId);
        }
        List<DocumentLine> lines = payment.getLines().stream()
                .map(line -> new DocumentLine("証明手数料 受付番号 "
                        + applications.get(user, line.getApplicationId()).getReceiptNumber(), line.getFeeYen(), 1))
                .toList();
        CardStatement statement = new CardStatement(operatorName, LocalDate.now(clock), payment.getPaymentNumber(),
                user.tradeRegistrationNumber().value(), user.companyNameJa(), user.chamberNameJa(), CardStatement.FEES,
                lines, payment.getPaidOn(), payment.getPaidYen().orElseThrow());
        return new Pdf("card-statement-" + payment.getPaymentNumber() + ".pdf", statement.pdf());
    }

    public Optional<FeeCardPayment> findByNumber(String number) {
        return em.createNamedQuery(FeeCardPayment.BY_NUMBER, FeeCardPayment.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The payment that paid (or is paying) an application's fee, if any. */
    public Optional<FeeCardPayment> ofApplication(SignedInUser user, long applicationId) {
        Long paymentId = applications.get(user, applicationId).getFeePaymentId();
        return Optional.ofNullable(paymentId).map(id -> em.find(FeeCardPayment.class, id));
    }

    public FeeCardPayment get(long paymentId) {
        FeeCardPayment payment = em.find(FeeCardPayment.class, paymentId);
        if (payment == null) {
            throw new FeePaymentNotFoundException(paymentId);
        }
        return payment;
    }

    public void registered(long paymentId, CardRegistration registration) {
        lock(paymentId).watch().registered(registration, clock.instant());
    }

    /** Fee payments whose outcome the janitor should ask for now, the longest waiting first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(FeeCardPayment.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    public void unanswered(long paymentId) {
        lock(paymentId).watch().unanswered(clock.instant());
    }

    /**
     * Applies the provider's answer; answers the payment's status afterwards. Charged: each
     * application still awaiting its fee is issued; a charge for fees that were paid otherwise
     * meanwhile (a late payment on a page the payer had left) is owed back as a refund.
     */
    public FeeCardPayment.Status apply(long paymentId, CardInquiry answer) {
        FeeCardPayment payment = lock(paymentId);
        Instant now = clock.instant();
        if (payment.getStatus() == FeeCardPayment.Status.PAID || payment.getStatus() == FeeCardPayment.Status.MISMATCH) {
            payment.watch().unwatched();
            return payment.getStatus();
        }
        switch (payment.watch().learn(answer, periods.pageLifetime(), periods.watchPeriod(), now)) {
            case PAID -> charged(payment, answer.paidYen(), now);
            case FAILED -> failIfAwaiting(payment);
            case PENDING, MISMATCH -> { }
        }
        return payment.getStatus();
    }

    private void charged(FeeCardPayment payment, long paidYen, Instant now) {
        boolean awaiting = payment.getStatus() == FeeCardPayment.Status.AWAITING_CARD;
        payment.charged(paidYen, LocalDate.now(clock));
        if (payment.getStatus() == FeeCardPayment.Status.MISMATCH) {
            // nothing issued; what was charged is owed back, and the fees are to pay again
            LOG.severe(() -> "Fee payment " + payment.getPaymentNumber() + " charged " + paidYen + " yen for "
                    + payment.getAmountYen() + " yen of fees: nothing issued, owed back");
            payment.watch().mismatched(now);
            if (awaiting) {
                applications.feePaymentFailed(payment.getId(), payment.applicationIds());
            }
            ledger.oweRefund(payment.getCompanyId(), RefundReason.CARD_AMOUNT_MISMATCH, paidYen,
                    "mismatch-fee:" + payment.getId());
            return;
        }
        long issuedYen = applications.feesPaid(payment.getId(), payment.applicationIds(),
                Actor.of(payment.getPayerId(), em.find(UserAccount.class, payment.getPayerId()).getDisplayName()));
        if (issuedYen < paidYen) {
            ledger.oweRefund(payment.getCompanyId(), RefundReason.LATE_CARD_PAYMENT, paidYen - issuedYen,
                    "late-fee:" + payment.getId());
        }
    }

    /**
     * The payer stops the payment (the provider said it is not paid), or it could not start: the
     * fees are to pay again; the payment stays under watch until the provider's page has expired, so a
     * late payment on it is still caught.
     */
    public FeeCardPayment.Status stop(long paymentId) {
        FeeCardPayment payment = lock(paymentId);
        failIfAwaiting(payment);
        payment.watch().unanswered(clock.instant());
        return payment.getStatus();
    }

    private void failIfAwaiting(FeeCardPayment payment) {
        if (payment.getStatus() == FeeCardPayment.Status.AWAITING_CARD) {
            payment.failed();
            applications.feePaymentFailed(payment.getId(), payment.applicationIds());
        }
    }

    private FeeCardPayment lock(long paymentId) {
        FeeCardPayment payment = em.find(FeeCardPayment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new FeePaymentNotFoundException(paymentId);
        }
        return payment;
    }
}
