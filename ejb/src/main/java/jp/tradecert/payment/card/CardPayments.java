package jp.tradecert.payment.card;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.purchase.IllegalOrderStateException;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * Paying an order by card: registering it with the provider to get the page the buyer pays on, and
 * learning the outcome, always by asking the provider, whoever prompts it: the provider's notification,
 * the buyer's return from the page, the buyer stopping, or the janitor. Calls to the provider are made
 * outside any transaction (no lock is held while waiting for it); what they learn is recorded by
 * {@link CardPaymentRecords}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardPayments {

    private static final Logger LOG = Logger.getLogger(CardPayments.class.getName());
    /** How the provider's page names what is bought: {@code 貿易関係証明発給システムクーポン 61枚分}. */
    private static final String ITEM_NAME = "貿易関係証明発給システムクーポン %d枚分";

    @EJB
    private CardPaymentRecords records;

    @EJB
    private PurchaseService purchases;

    @Inject
    private CardProvider provider;

    /**
     * The page where the buyer pays the order, registering the order with the provider the first time.
     * If the provider does not take it, the order fails (nothing can have been charged: the buyer never
     * saw a page) and the buyer is told to try again.
     */
    public URI paymentPage(SignedInUser buyer, long orderId) {
        // only a user ID or a sub ID pays: a company admin ID sees the company's orders, and no more
        CouponsNotAllowedException.check(buyer);
        PurchaseOrder order = purchases.getOrder(buyer, orderId);
        if (order.getPaymentMethod() != PaymentMethod.CARD || order.getStatus() != OrderStatus.AWAITING_CARD) {
            throw new IllegalOrderStateException(order.getOrderNumber().value(), order.getStatus(), "pay by card");
        }
        CardPayment payment = records.get(orderId);
        if (payment.getPaymentPage().isPresent()) {
            return payment.getPaymentPage().get();
        }
        try {
            CardRegistration registration = provider.register(new CardOrder(order.getOrderNumber().value(),
                    order.getTotalYen(), ITEM_NAME.formatted(order.getTotalCoupons()), buyer.loginId(),
                    buyer.displayName(), order.getMailAddress()));
            records.registered(orderId, registration);
            return registration.paymentPage();
        } catch (CardProviderUnavailableException e) {
            LOG.log(Level.WARNING, "Card payment of order " + order.getOrderNumber().value() + " not started", e);
            records.stop(orderId);
            throw new CardPaymentNotStartedException(order.getOrderNumber().value());
        }
    }

    /**
     * Asks the provider how the order's payment stands and records the answer: the order is settled
     * (coupons issued, once), failed, or still awaited. If the provider cannot answer, nothing changes
     * and the janitor asks again later. Answers the order's status.
     */
    public OrderStatus confirm(long orderId) {
        CardPayment payment = records.get(orderId);
        try {
            return records.apply(orderId, provider.inquire(payment.getOrderNumber()));
        } catch (CardProviderUnavailableException e) {
            LOG.log(Level.WARNING, "Outcome of card payment " + payment.getOrderNumber() + " unknown; asking later", e);
            records.unanswered(orderId);
            return OrderStatus.AWAITING_CARD;
        }
    }

    /** {@link #confirm} for a user, who sees only the orders of the user's company. */
    public OrderStatus confirm(SignedInUser user, long orderId) {
        return confirm(purchases.getOrder(user, orderId).getId());
    }

    /**
     * The buyer stops paying an order by card (to buy again, or differently). If the provider says it
     * was paid after all, it is settled instead; if the provider cannot say, nothing changes.
     */
    public OrderStatus stop(SignedInUser buyer, long orderId) {
        CouponsNotAllowedException.check(buyer);
        PurchaseOrder order = purchases.getOrder(buyer, orderId);
        if (order.getPaymentMethod() != PaymentMethod.CARD || !order.isOpen()) {
            throw new IllegalOrderStateException(order.getOrderNumber().value(), order.getStatus(), "stop");
        }
        CardInquiry answer;
        try {
            answer = provider.inquire(order.getOrderNumber().value());
        } catch (CardProviderUnavailableException e) {
            records.unanswered(orderId);
            throw new CardOutcomeUnknownException(order.getOrderNumber().value());
        }
        if (answer.state() == CardInquiry.State.PAID) {
            return records.apply(orderId, answer);
        }
        return records.stop(orderId);
    }

    /** The janitor's round: asks about every payment due for a check. Answers how many it asked about. */
    public int checkDuePayments() {
        int checked = 0;
        for (long orderId : records.due(200)) {
            try {
                confirm(orderId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Card payment of order id " + orderId + " could not be checked", e);
            }
            checked++;
        }
        return checked;
    }
}
