package jp.tradecert.payment.card;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.purchase.OrderPlaced;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * What this system records of card payments, each change in one transaction with the order's: the
 * provider's answers turned into settled (coupons issued) or failed orders. The card payment's row is
 * locked first, so answers about one order, from the notification, the buyer's return and the janitor
 * at once, are applied one after the other, and the coupons are issued once.
 */
@Stateless
public class CardPaymentRecords {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PurchaseService purchases;

    @Inject
    private Clock clock;

    @Inject
    private CardWatchPeriods periods;

    /** The card side of a card order just placed, in the order's transaction. */
    public void open(@Observes OrderPlaced placed) {
        PurchaseOrder order = placed.order();
        if (order.getPaymentMethod() != PaymentMethod.CARD) {
            return;
        }
        // the order's row first: the payment's foreign key needs it, and the two are not mapped together
        em.flush();
        em.persist(new CardPayment(order.getId(), order.getOrderNumber().value(), clock.instant()));
    }

    public CardPayment get(long orderId) {
        CardPayment payment = em.find(CardPayment.class, orderId);
        if (payment == null) {
            throw new IllegalStateException("Order " + orderId + " has no card payment");
        }
        return payment;
    }

    public void registered(long orderId, CardRegistration registration) {
        lock(orderId).watch().registered(registration, clock.instant());
    }

    /** Card payments whose outcome the janitor should ask for now, the longest waiting first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(CardPayment.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    public void unanswered(long orderId) {
        lock(orderId).watch().unanswered(clock.instant());
    }

    /** Applies the provider's answer; answers the order's status afterwards. */
    public OrderStatus apply(long orderId, CardInquiry answer) {
        CardPayment payment = lock(orderId);
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        Instant now = clock.instant();
        if (payment.getOutcome() == CardWatch.Outcome.MISMATCH) {
            // closed for a clerk, with what was charged owed back: nothing more to learn or do
            return order.getStatus();
        }
        if (order.getStatus() == OrderStatus.PAID && answer.state() != CardInquiry.State.PAID) {
            // settled another way (a chamber clerk, a test's shortcut): nothing left to learn
            payment.watch().unwatched();
            return order.getStatus();
        }
        return switch (payment.watch().learn(answer, periods.pageLifetime(), periods.watchPeriod(), now)) {
            case PAID -> {
                if (order.getStatus() == OrderStatus.AWAITING_CARD && answer.paidYen() != order.getTotalYen()) {
                    payment.watch().mismatched(now);
                    yield purchases.cardAmountMismatch(orderId, answer.paidYen());
                }
                yield purchases.cardPaid(orderId, answer.paidYen(), LocalDate.now(clock));
            }
            case FAILED -> failIfOpen(order);
            case PENDING, MISMATCH -> order.getStatus();
        };
    }

    /**
     * The buyer stops the payment (the provider said it is not paid), or it could not start: the order
     * fails; the payment stays under watch until the provider's page has expired, so a late payment on
     * it is still caught and refunded.
     */
    public OrderStatus stop(long orderId) {
        CardPayment payment = lock(orderId);
        OrderStatus status = failIfOpen(em.find(PurchaseOrder.class, orderId));
        payment.watch().unanswered(clock.instant());
        return status;
    }

    /** Fails the order if it still awaits the card (it may have been settled or closed meanwhile). */
    private OrderStatus failIfOpen(PurchaseOrder order) {
        return order.getStatus() == OrderStatus.AWAITING_CARD
                ? purchases.failCardPayment(order.getId()).getStatus()
                : order.getStatus();
    }

    private CardPayment lock(long orderId) {
        CardPayment payment = em.find(CardPayment.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new IllegalStateException("Order " + orderId + " has no card payment");
        }
        return payment;
    }
}
