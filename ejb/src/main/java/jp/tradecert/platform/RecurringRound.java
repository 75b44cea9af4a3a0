package jp.tradecert.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work done in rounds on every server, every so many seconds: the mail outbox's delivery, the card
 * janitor's inquiries. A subclass is a {@code @Singleton @Startup} bean with bean-managed concurrency
 * that says how often and what one round does; each item of a round waits for its next attempt on its
 * own ({@link Backoff}). A round still running when the next one is due is not doubled, and a round
 * runs outside any transaction, so that each item makes its own and none waits on an outside party
 * holding a lock.
 */
public abstract class RecurringRound {

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** The timer's name, for the server's log and console. */
    protected abstract String name();

    protected abstract long intervalSeconds();

    /** One round of work; answers how many items it got through. */
    protected abstract int round();

    @PostConstruct
    void schedule() {
        long interval = intervalSeconds() * 1_000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(name(), false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout() {
        runRound();
    }

    /** Runs a round now, unless one is running already (then 0). */
    protected int runRound() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            return round();
        } finally {
            running.set(false);
        }
    }
}
