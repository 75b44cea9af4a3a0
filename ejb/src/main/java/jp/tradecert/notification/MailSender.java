package jp.tradecert.notification;

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
 * Empties the outbox every {@code coupons.mail.interval-seconds} (default 15): each due mail gets one
 * attempt. Also callable at once ({@link #sendDue()}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

    private static final int ROUND = 100;

    @Resource
    private TimerService timers;

    @EJB
    private MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "coupons.mail.interval-seconds", defaultValue = "15")
    long intervalSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = intervalSeconds * 1_000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-sender", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void round() {
        sendDue();
    }

    /** One round: answers how many mails went. A round already running is not doubled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int sent = 0;
            for (long id : delivery.due(ROUND)) {
                if (delivery.attempt(id)) {
                    sent++;
                }
            }
            return sent;
        } finally {
            running.set(false);
        }
    }
}
