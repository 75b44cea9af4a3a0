package jp.tradecert.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.tradecert.platform.RecurringRound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Empties the outbox every {@code coupons.mail.interval-seconds} (default 15): each due mail gets one
 * attempt. Also callable at once ({@link #sendDue()}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender extends RecurringRound {

    private static final int ROUND = 100;

    @EJB
    private MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "coupons.mail.interval-seconds", defaultValue = "15")
    long intervalSeconds;

    /** One round: answers how many mails went. A round already running is not doubled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        return runRound();
    }

    @Override
    protected int round() {
        int sent = 0;
        for (long id : delivery.due(ROUND)) {
            if (delivery.attempt(id)) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    protected String name() {
        return "mail-sender";
    }

    @Override
    protected long intervalSeconds() {
        return intervalSeconds;
    }
}
