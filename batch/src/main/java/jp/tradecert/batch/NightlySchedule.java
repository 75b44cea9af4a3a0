package jp.tradecert.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.platform.Clocks;
import jp.tradecert.platform.ScheduledRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly jobs' schedule, in Japan's time: the reconciliation of the bank's files, then the expiry
 * of unpaid orders, then the ledger audit (by default at 02:00, 03:30 and 04:30; each time configurable
 * as {@code coupons.schedule.<job>=HH:mm}, all off with {@code coupons.schedule.enabled=false}), and the
 * watch of the runs every {@code coupons.schedule.watch-seconds} (300): see {@link NightlyRuns}. Every
 * server's timer fires; {@link ScheduledRuns} lets one of them run each job once a night.
 */
@Singleton
@Startup
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());
    private static final String WATCH = "watch";

    @Resource
    private TimerService timers;

    @EJB
    private NightlyRuns runs;

    @Inject
    @ConfigProperty(name = "coupons.schedule.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "coupons.schedule.deposit-reconciliation", defaultValue = "02:00")
    String reconciliation;

    @Inject
    @ConfigProperty(name = "coupons.schedule.order-expiry", defaultValue = "03:30")
    String orderExpiry;

    @Inject
    @ConfigProperty(name = "coupons.schedule.ledger-audit", defaultValue = "04:30")
    String ledgerAudit;

    @Inject
    // in seconds, not minutes: the crash drill watches every few seconds so that its restarts take little time
    @ConfigProperty(name = "coupons.schedule.watch-seconds", defaultValue = "300")
    long watchSeconds;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Nightly jobs are not scheduled here (coupons.schedule.enabled=false)");
            return;
        }
        times().forEach((job, at) -> {
            timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                    .timezone(Clocks.TOKYO.getId()), new TimerConfig(job, false));
            LOG.info(() -> "Job " + job + " runs nightly at " + at + " Asia/Tokyo");
        });
        long every = Duration.ofSeconds(watchSeconds).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(WATCH, false));
    }

    /** Whether the nightly jobs are scheduled on this server. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Each job's time of night, in the order they run. */
    public Map<String, LocalTime> times() {
        Map<String, LocalTime> times = new LinkedHashMap<>();
        times.put(NightlyRuns.RECONCILIATION, LocalTime.parse(reconciliation));
        times.put(NightlyRuns.ORDER_EXPIRY, LocalTime.parse(orderExpiry));
        times.put(NightlyRuns.LEDGER_AUDIT, LocalTime.parse(ledgerAudit));
        return times;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        String job = (String) timer.getInfo();
        try {
            if (WATCH.equals(job)) {
                runs.watch(times());
            } else {
                runTonight(job);
            }
        } catch (RuntimeException e) {
            // a timer that throws is retried at once by the container: the next round is soon enough
            LOG.log(Level.WARNING, "The nightly " + job + " round failed; the next round tries again", e);
        }
    }

    /**
     * Starts tonight's run of the job unless another server (or an earlier start of this one) already
     * did; answers the execution id, or -1 when it was not ours to run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long runTonight(String job) {
        return runs.run(job, runs.tonight());
    }
}
