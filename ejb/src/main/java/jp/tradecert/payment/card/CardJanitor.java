package jp.tradecert.payment.card;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles card payments whose outcome nobody reported: a notification lost, a buyer who closed the
 * tab, a provider that timed out. Every {@code coupons.card.janitor-seconds} (default 60) it asks the
 * provider about each payment due for a check; each payment backs off on its own.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CardJanitor {

    @Resource
    private TimerService timers;

    @EJB
    private CardPayments payments;

    @Inject
    @ConfigProperty(name = "coupons.card.janitor-seconds", defaultValue = "60")
    long intervalSeconds;

    /** A round still running when the next is due is not doubled. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = intervalSeconds * 1_000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("card-janitor", false));
    }

    /** Outside a transaction: each check makes its own, and none waits on the provider holding a lock. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void round() {
        if (running.compareAndSet(false, true)) {
            try {
                payments.checkDuePayments();
            } finally {
                running.set(false);
            }
        }
    }
}
