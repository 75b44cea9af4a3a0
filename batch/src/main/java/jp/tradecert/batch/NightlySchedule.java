package jp.tradecert.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
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
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.platform.Clocks;
import jp.tradecert.platform.ScheduledRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly jobs' schedule, in Japan's time: the reconciliation of the bank's files, then the expiry
 * of unpaid orders, then the ledger audit (by default at 02:00, 03:30 and 04:30; each time configurable
 * as {@code coupons.schedule.<job>=HH:mm}, all off with {@code coupons.schedule.enabled=false}). Every
 * server's timer fires; {@link ScheduledRuns} lets one of them run each job once a night.
 */
@Singleton
@Startup
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());
    private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @Resource
    private TimerService timers;

    @EJB
    private BatchJobs jobs;

    @EJB
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

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

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Nightly jobs are not scheduled here (coupons.schedule.enabled=false)");
            return;
        }
        Map<String, String> times = new LinkedHashMap<>();
        times.put("deposit-reconciliation", reconciliation);
        times.put("order-expiry", orderExpiry);
        times.put("ledger-audit", ledgerAudit);
        times.forEach((job, time) -> {
            LocalTime at = LocalTime.parse(time);
            timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                    .timezone(Clocks.TOKYO.getId()), new TimerConfig(job, false));
            LOG.info(() -> "Job " + job + " runs nightly at " + at + " Asia/Tokyo");
        });
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        runTonight((String) timer.getInfo());
    }

    /**
     * Starts tonight's run of the job unless another server (or an earlier start of this one) already
     * did; answers the execution id, or -1 when it was not ours to run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long runTonight(String job) {
        LocalDate night = LocalDate.now(clock.withZone(Clocks.TOKYO));
        boolean ours;
        try {
            ours = runs.claim(job, night, SERVER);
        } catch (EJBException e) {
            // another server claimed it at the same instant
            LOG.log(Level.FINE, "Run of " + job + " on " + night + " claimed elsewhere", e);
            ours = false;
        }
        if (!ours) {
            LOG.info(() -> "Job " + job + " of " + night + " already run: not starting it again");
            return -1;
        }
        long execution = jobs.start(job, new Properties());
        runs.started(job, night, execution);
        LOG.info(() -> "Started job " + job + " of " + night + ": execution " + execution);
        return execution;
    }
}
