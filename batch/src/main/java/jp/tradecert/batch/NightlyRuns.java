package jp.tradecert.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tradecert.platform.Clocks;
import jp.tradecert.platform.JobLeases;
import jp.tradecert.platform.ScheduledRuns;
import jp.tradecert.platform.ScheduledRuns.Outcome;
import jp.tradecert.platform.ScheduledRuns.Run;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly runs of the jobs, as leases rather than one-shot claims. A night's run is claimed by one
 * server ({@link ScheduledRuns}) and started under the job's lease ({@link BatchJobs}); the watch
 * ({@link #watch}, every few minutes on every server) notes how each run ended, mails the staff when one
 * failed or its server died, retries a failed run (a restart goes on where its last committed chunk
 * ended) up to {@code coupons.schedule.attempts} (4) times, waiting 10, 20, 40 minutes between them,
 * and catches up a night that no server ran, over the last {@code coupons.schedule.catch-up-days} (3).
 * Order expiry goes no further than the last night whose reconciliation succeeded
 * ({@link #expiryHorizon}): a deposit whose file was late or whose run failed is never beaten by it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyRuns {

    private static final Logger LOG = Logger.getLogger(NightlyRuns.class.getName());

    public static final String RECONCILIATION = "deposit-reconciliation";
    public static final String ORDER_EXPIRY = "order-expiry";
    public static final String LEDGER_AUDIT = "ledger-audit";

    /** The job parameter naming the night a nightly run is for (its date in Japan). */
    public static final String NIGHT = "night";

    /** The exit status of an order expiry that could not go as far as its night: it is tried again later. */
    public static final String WAITING = "WAITING";

    /** The jobs that run nightly, in the order they run. */
    public static final List<String> JOBS = List.of(RECONCILIATION, ORDER_EXPIRY, LEDGER_AUDIT);

    /** How far back the expiry looks for the last reconciliation that succeeded. */
    private static final int HORIZON_NIGHTS = 31;

    @EJB
    private BatchJobs jobs;

    @EJB
    private ScheduledRuns runs;

    @EJB
    private JobLeases leases;

    @EJB
    private NightlyAlerts alerts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "coupons.schedule.attempts", defaultValue = "4")
    int attempts;

    @Inject
    @ConfigProperty(name = "coupons.schedule.retry-minutes", defaultValue = "10")
    long retryMinutes;

    @Inject
    @ConfigProperty(name = "coupons.schedule.catch-up-days", defaultValue = "3")
    int catchUpDays;

    @Inject
    @ConfigProperty(name = "coupons.schedule.missing-file-grace-hours", defaultValue = "48")
    long missingFileGraceHours;

    /** Tonight in Japan: the night a run starting now is for. */
    public LocalDate tonight() {
        return LocalDate.now(clock.withZone(Clocks.TOKYO));
    }

    /**
     * Starts the night's run of the job unless another server (or an earlier start of this one) claimed
     * it, or a run of the job is going (the watch then catches the night up); answers the execution id,
     * or -1 when it was not ours to run now.
     */
    public long run(String job, LocalDate night) {
        if (!jobs.isFree(job)) {
            LOG.info(() -> "Job " + job + " is running: its run of " + night + " waits for the watch");
            return -1;
        }
        boolean ours;
        try {
            ours = runs.claim(job, night, BatchJobs.SERVER);
        } catch (EJBException e) {
            // another server claimed it at the same instant
            LOG.log(Level.FINE, "Run of " + job + " on " + night + " claimed elsewhere", e);
            ours = false;
        }
        if (!ours) {
            LOG.info(() -> "Job " + job + " of " + night + " already claimed: not starting it again");
            return -1;
        }
        return begin(runs.find(job, night).orElseThrow(), null);
    }

    /**
     * One round of the watch: note how the runs ended (alerting the staff of failures), retry the failed
     * ones that are due, and catch up the nights no server ran ({@code times}: each job's time of night).
     */
    public void watch(Map<String, LocalTime> times) {
        noteEndings();
        retryFailed();
        catchUp(times);
    }

    /** Notes the outcome of every run whose execution has ended, or whose server died with it. */
    public void noteEndings() {
        for (Run run : runs.unfinished(JOBS, tonight().minusDays(HORIZON_NIGHTS), tonight())) {
            if (run.outcome() != null) {
                continue;
            }
            if (run.executionId() == null) {
                if (run.claimedAt().plus(leases.duration()).isBefore(clock.instant())) {
                    // claimed, never started: its server died in between
                    failed(run, "the server that claimed it stopped before starting it");
                }
                continue;
            }
            JobExecution latest;
            try {
                latest = jobs.latest(run.executionId());
            } catch (RuntimeException unknown) {
                LOG.log(Level.WARNING, "The job repository does not know execution " + run.executionId(), unknown);
                continue;
            }
            BatchStatus status = latest.getBatchStatus();
            switch (status) {
                case COMPLETED -> {
                    String exit = latest.getExitStatus();
                    if (exit != null && exit.startsWith(WAITING)) {
                        runs.ended(run, Outcome.FAILED);   // not a failure: it goes on later, without alarm
                    } else {
                        runs.ended(run, Outcome.COMPLETED);
                    }
                }
                case FAILED, STOPPED, ABANDONED -> failed(run, "execution " + latest.getExecutionId() + " ended "
                        + status + (latest.getExitStatus() == null ? "" : " (" + latest.getExitStatus() + ")"));
                default -> {
                    if (jobs.isFree(run.job())) {
                        // still said to run, but nobody renews its lease: its server died
                        failed(run, "execution " + latest.getExecutionId() + " stopped with its server");
                    }
                }
            }
        }
    }

    /**
     * Retries every failed run whose wait is over, on this server if it claims the next attempt first. Last
     * night's runs are retried even where no night is caught up ({@code catch-up-days=0}): a run that
     * started before midnight in Japan and failed after it is still due its attempts.
     */
    public void retryFailed() {
        Instant now = clock.instant();
        for (Run run : runs.unfinished(JOBS, tonight().minusDays(Math.max(catchUpDays, 1)), tonight())) {
            if (run.outcome() != Outcome.FAILED || run.attempts() >= attempts) {
                continue;
            }
            Duration wait = Duration.ofMinutes(retryMinutes << Math.min(run.attempts() - 1, 10));
            if (run.endedAt().plus(wait).isAfter(now) || !jobs.isFree(run.job())) {
                continue;
            }
            if (runs.claimRetry(run, BatchJobs.SERVER)) {
                LOG.info(() -> "Retrying job " + run.job() + " of " + run.night() + " (attempt " + (run.attempts() + 1)
                        + ")");
                begin(runs.find(run.job(), run.night()).orElseThrow(), run.executionId());
            }
        }
    }

    /**
     * Starts the run of every night of the last few whose time has passed and that no server claimed,
     * the oldest night first. A night that cannot start now (a run of the job is going, or another server
     * claimed it) holds back the later nights of that job until the next round: a run that ended at once
     * must not let a later night start before an earlier one.
     */
    public void catchUp(Map<String, LocalTime> times) {
        Instant now = clock.instant();
        for (Map.Entry<String, LocalTime> job : times.entrySet()) {
            for (LocalDate night = tonight().minusDays(catchUpDays); !night.isAfter(tonight()); night = night.plusDays(1)) {
                boolean due = !night.atTime(job.getValue()).atZone(Clocks.TOKYO).toInstant().isAfter(now);
                if (due && runs.find(job.getKey(), night).isEmpty()) {
                    LOG.info("Catching up job " + job.getKey() + " of " + night);
                    if (run(job.getKey(), night) < 0) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * The day before which order expiry may expire orders: the latest night whose reconciliation
     * succeeded (every bank file received by then was applied, so a deposit made by a deadline before that
     * night has been seen). A night whose bank file did not come holds it back, from that night on, until
     * {@code coupons.schedule.missing-file-grace-hours} (48) after the staff were alerted. Empty when no
     * reconciliation succeeded in the last month: then nothing expires.
     */
    public Optional<LocalDate> expiryHorizon() {
        noteEndings();
        List<Run> reconciliations = runs.between(RECONCILIATION, tonight().minusDays(HORIZON_NIGHTS), tonight());
        Instant now = clock.instant();
        Optional<LocalDate> held = reconciliations.stream()
                .filter(run -> run.bankFileAlertedAt() != null
                        && run.bankFileAlertedAt().plus(Duration.ofHours(missingFileGraceHours)).isAfter(now))
                .map(Run::night)
                .min(LocalDate::compareTo);
        return reconciliations.stream()
                .filter(run -> run.outcome() == Outcome.COMPLETED)
                .map(Run::night)
                .filter(night -> held.isEmpty() || night.isBefore(held.get()))
                .max(LocalDate::compareTo);
    }

    /** Starts (or, for a failed execution, restarts) a claimed run and notes its execution. */
    private long begin(Run run, Long previousExecution) {
        long execution;
        try {
            JobExecution previous = previousExecution == null ? null : jobs.latest(previousExecution);
            if (previous != null && (previous.getBatchStatus() == BatchStatus.FAILED
                    || previous.getBatchStatus() == BatchStatus.STOPPED)) {
                execution = jobs.restart(previous.getExecutionId(), parameters(run, previous.getJobParameters()));
            } else {
                execution = jobs.start(run.job(), parameters(run, null));
            }
        } catch (JobRunningException busy) {
            runs.ended(run, Outcome.FAILED);
            return -1;
        } catch (RuntimeException e) {
            failed(run, "it could not start: " + e);
            return -1;
        }
        runs.started(run.job(), run.night(), execution);
        LOG.info(() -> "Started job " + run.job() + " of " + run.night() + ": execution " + execution);
        return execution;
    }

    private static Properties parameters(Run run, Properties previous) {
        Properties parameters = new Properties();
        if (previous != null) {
            parameters.putAll(previous);
        }
        parameters.setProperty(NIGHT, run.night().toString());
        return parameters;
    }

    /** Notes the attempt failed and tells the staff, once per attempt. */
    private void failed(Run run, String why) {
        if (!runs.ended(run, Outcome.FAILED)) {
            return;
        }
        boolean again = run.attempts() < attempts;
        LOG.warning(() -> "Job " + run.job() + " of " + run.night() + " failed (attempt " + run.attempts() + "): " + why
                + (again ? "; it is retried" : "; no more retries"));
        alerts.failed(run, why, again);
    }
}
