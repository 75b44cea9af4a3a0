package jp.tradecert.batch;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.platform.ScheduledRuns.Run;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells the staff ({@code coupons.schedule.alert-mail-to}) that a nightly run failed, once per attempt. */
@Stateless
public class NightlyAlerts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");

    @EJB
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "coupons.schedule.alert-mail-to", defaultValue = "staff@localhost")
    String staff;

    /** Queues the mail in a transaction of its own (the watch runs outside any). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Run run, String why, boolean retried) {
        outbox.queue("job-failed:" + run.job() + ":" + run.night() + ":" + run.attempts(), NightlyMail.NIGHTLY_JOB_FAILED,
                null, staff, Map.of("job", run.job(), "night", DATE.format(run.night()),
                        "attempt", String.valueOf(run.attempts()), "why", why, "next", retried ? "RETRY" : "LAST"));
    }
}
