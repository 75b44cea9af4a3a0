package jp.tradecert.payment.card;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.purchase.OrderNumber;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * The provider's result notifications, which anyone can send: each is only a prompt to ask the
 * provider about the order it names. A notification is answered at once and queued here; one worker
 * works the queue off, one inquiry at a time and at most {@value #PER_SECOND} inquiries a second (a
 * number naming nothing open costs one lookup), and a number
 * already waiting is not queued again. So a flood of notifications costs the provider no more than
 * that, holds no request thread, and tells its sender nothing: the answer is the same for a known
 * order, an unknown one and a settled one, and comes before any lookup. A payment whose outcome is
 * already final is not asked about again.
 *
 * <p>The queue is in memory and bounded ({@value #CAPACITY} numbers). A notification it drops (the queue
 * full, the server restarted) loses nothing: the janitor asks about every payment whose outcome is
 * still open ({@link CardJanitor}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CardNotifications {

    static final int CAPACITY = 1_000;
    static final int PER_SECOND = 10;
    private static final Logger LOG = Logger.getLogger(CardNotifications.class.getName());

    /** What became of a notification. */
    public enum Receipt {
        /** Queued: the provider will be asked about its order. */
        QUEUED,
        /** Its order was waiting already. */
        ALREADY_QUEUED,
        /** Not an order or payment number of this system: nothing to ask about. */
        MALFORMED,
        /** The queue is full: the provider should send it again later. */
        FULL
    }

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPaymentRecords orderPayments;

    @EJB
    private CardPayments cardPayments;

    @EJB
    private FeePaymentRecords feePaymentRecords;

    @EJB
    private FeeCardPayments feePayments;

    private final Set<String> waiting = new LinkedHashSet<>();
    private boolean working;

    /** Takes a notification naming {@code number} (an order's or a fee payment's), without asking anyone. */
    public Receipt receive(String number) {
        if (!FeeCardPayment.isPaymentNumber(number) && OrderNumber.parse(number).isEmpty()) {
            return Receipt.MALFORMED;
        }
        synchronized (waiting) {
            if (waiting.contains(number)) {
                return Receipt.ALREADY_QUEUED;
            }
            if (waiting.size() >= CAPACITY) {
                return Receipt.FULL;
            }
            waiting.add(number);
            if (!working) {
                start();
            }
        }
        return Receipt.QUEUED;
    }

    /** True when no notification is waiting or being worked. */
    public boolean isIdle() {
        synchronized (waiting) {
            return waiting.isEmpty() && !working;
        }
    }

    private void start() {
        try {
            executor.execute(this::work);
            working = true;
        } catch (RejectedExecutionException e) {
            // the janitor asks in its next round; the next notification tries to start the worker again
            LOG.log(Level.WARNING, "Card notifications wait for the janitor: no thread to work them", e);
        }
    }

    private void work() {
        try {
            for (String number = next(); number != null; number = next()) {
                long started = System.nanoTime();
                try {
                    if (confirm(number)) {
                        pauseAfter(started);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The notification for " + number + " was not worked; the janitor asks later", e);
                    pauseAfter(started);
                }
            }
        } finally {
            synchronized (waiting) {
                working = false;
                if (!waiting.isEmpty()) {
                    start();
                }
            }
        }
    }

    private String next() {
        synchronized (waiting) {
            Iterator<String> first = waiting.iterator();
            if (!first.hasNext()) {
                return null;
            }
            String number = first.next();
            first.remove();
            return number;
        }
    }

    /**
     * Asks the provider about the payment the number names, if this system has it and its outcome is
     * open; true if it asked.
     */
    private boolean confirm(String number) {
        if (FeeCardPayment.isPaymentNumber(number)) {
            Optional<Long> open = feePaymentRecords.findByNumber(number)
                    .filter(payment -> payment.watch().getNextInquiryAt() != null)
                    .map(FeeCardPayment::getId);
            open.ifPresent(feePayments::confirm);
            return open.isPresent();
        }
        Optional<Long> open = OrderNumber.parse(number).flatMap(purchases::findByNumber)
                .filter(order -> order.getPaymentMethod() == PaymentMethod.CARD)
                .map(PurchaseOrder::getId)
                .filter(orderId -> orderPayments.get(orderId).getNextInquiryAt() != null);
        open.ifPresent(cardPayments::confirm);
        return open.isPresent();
    }

    private static void pauseAfter(long startedNanos) {
        long leftMillis = 1_000 / PER_SECOND - (System.nanoTime() - startedNanos) / 1_000_000;
        if (leftMillis > 0) {
            try {
                Thread.sleep(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
