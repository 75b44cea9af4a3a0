package jp.tradecert.payment.card;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;

/**
 * Paying the fees of approved card-paid applications by card, as {@link CardPayments} pays coupon
 * orders: registered with the provider for its hosted page, the outcome always learnt by asking the
 * provider, whoever prompts it (the notification, the payer's return, the payer stopping, the
 * janitor). Calls to the provider are made outside any transaction; what they learn is recorded by
 * {@link FeePaymentRecords}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeeCardPayments {

    private static final Logger LOG = Logger.getLogger(FeeCardPayments.class.getName());
    /** How the provider's page names what is paid: {@code 証明手数料 2件}. */
    private static final String ITEM_NAME = "証明手数料 %d件";

    @EJB
    private FeePaymentRecords records;

    @Inject
    private CardProvider provider;

    /**
     * The page where {@code payer} pays the fees of {@code applicationIds} (several at once: one
     * payment, one statement), starting the payment and registering it with the provider the first
     * time; an application already being paid resumes its payment. If the provider does not take it,
     * the payment fails (nothing can have been charged) and the fees are to pay again.
     */
    public URI paymentPage(SignedInUser payer, List<Long> applicationIds) {
        FeeCardPayment payment = records.start(payer, applicationIds);
        if (payment.getPaymentPage().isPresent()) {
            return payment.getPaymentPage().get();
        }
        try {
            CardRegistration registration = provider.register(new CardOrder(payment.getPaymentNumber(),
                    payment.getAmountYen(), ITEM_NAME.formatted(payment.getLines().size()), payer.loginId(),
                    payer.displayName(), payer.email()));
            records.registered(payment.getId(), registration);
            return registration.paymentPage();
        } catch (CardProviderUnavailableException e) {
            LOG.log(Level.WARNING, "Fee payment " + payment.getPaymentNumber() + " not started", e);
            records.stop(payment.getId());
            throw new FeePaymentNotStartedException(payment.getPaymentNumber());
        }
    }

    /**
     * Asks the provider how the payment stands and records the answer: the certificates issued
     * (once), the fees to pay again, or still awaited. If the provider cannot answer, nothing changes
     * and the janitor asks again later.
     */
    public FeeCardPayment.Status confirm(long paymentId) {
        FeeCardPayment payment = records.get(paymentId);
        try {
            return records.apply(paymentId, provider.inquire(payment.getPaymentNumber()));
        } catch (CardProviderUnavailableException e) {
            LOG.log(Level.WARNING, "Outcome of fee payment " + payment.getPaymentNumber() + " unknown; asking later", e);
            records.unanswered(paymentId);
            return FeeCardPayment.Status.AWAITING_CARD;
        }
    }

    /** {@link #confirm} for a user, who sees only the payments of the user's own applications. */
    public FeeCardPayment confirm(SignedInUser user, long paymentId) {
        confirm(records.get(user, paymentId).getId());
        return records.get(paymentId);
    }

    /**
     * The payer stops paying by card (to pay again later). If the provider says it was paid after
     * all, the certificates are issued instead; if the provider cannot say, nothing changes.
     */
    public FeeCardPayment.Status stop(SignedInUser payer, long paymentId) {
        CouponsNotAllowedException.check(payer);
        FeeCardPayment payment = records.get(payer, paymentId);
        CardInquiry answer;
        try {
            answer = provider.inquire(payment.getPaymentNumber());
        } catch (CardProviderUnavailableException e) {
            records.unanswered(paymentId);
            throw new CardOutcomeUnknownException(payment.getPaymentNumber());
        }
        if (answer.state() == CardInquiry.State.PAID) {
            return records.apply(paymentId, answer);
        }
        return records.stop(paymentId);
    }

    /** The janitor's round for fee payments: asks about every payment due. Answers how many it asked about. */
    public int checkDuePayments() {
        int checked = 0;
        for (long paymentId : records.due(200)) {
            try {
                confirm(paymentId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Fee payment id " + paymentId + " could not be checked", e);
            }
            checked++;
        }
        return checked;
    }
}
