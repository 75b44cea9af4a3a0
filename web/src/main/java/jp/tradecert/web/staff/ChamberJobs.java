package jp.tradecert.web.staff;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.AuditLog;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.batch.BatchJobs;
import jp.tradecert.batch.NightlyRuns;
import jp.tradecert.platform.AuditTrail;

/**
 * The jobs a chamber's staff start, for the console and the API alike: started for the staff member's
 * chamber, audited once started, and reported (status, items read, written and skipped over all steps,
 * who started it) only to the staff of that chamber; another chamber's run is not found.
 */
@ApplicationScoped
public class ChamberJobs {

    /** The jobs chamber staff may start. */
    public static final Set<String> JOBS = Set.of(NightlyRuns.RECONCILIATION);

    /** The job parameter naming the user account of the staff member who started a run. */
    static final String STARTED_BY = "startedBy";

    /** How a run stands. */
    public record Report(long executionId, String job, String status, String exitStatus, long readCount,
            long writeCount, long skipCount, Long startedBy, Instant startedAt) implements Serializable {

        /** Whether the run has ended (however it ended). */
        public boolean isFinished() {
            return !status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING");
        }

        // the getters Jakarta EL 5 (Faces 4) reads: it does not know a record's accessors

        public String getStatus() {
            return status;
        }

        public long getReadCount() {
            return readCount;
        }

        public long getWriteCount() {
            return writeCount;
        }

        public long getSkipCount() {
            return skipCount;
        }

        public long getExecutionId() {
            return executionId;
        }

        public String getJob() {
            return job;
        }

        public String getExitStatus() {
            return exitStatus;
        }

        /** When it started, for the screens (null before it has). */
        public Instant getStartedAt() {
            return startedAt;
        }

        /** Whether it can be restarted where it stopped. */
        public boolean isRestartable() {
            return status.equals("FAILED") || status.equals("STOPPED");
        }
    }

    @EJB
    private BatchJobs jobs;

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditLog auditLog;

    /** Starts {@code job} (one of {@link #JOBS}) for the staff member's chamber; answers the execution's id. */
    public long start(SignedInUser staff, String job) {
        StaffOnlyException.check(staff, staff.chamberId());
        if (!JOBS.contains(job)) {
            throw new IllegalArgumentException("No job " + job);
        }
        Properties parameters = new Properties();
        parameters.setProperty(BatchJobs.CHAMBER, String.valueOf(staff.chamberId()));
        parameters.setProperty(STARTED_BY, String.valueOf(staff.accountId()));
        long execution = jobs.start(job, parameters);
        // a job runs on its own, outside any transaction: its start is recorded once it has started
        audit.recordAlone(staff.auditActor(), AuditAction.JOB_STARTED, "job-execution:" + execution, null, job);
        return execution;
    }

    /** How the run stands, if it is one of the staff member's chamber. */
    public Optional<Report> report(SignedInUser staff, long id) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        JobExecution execution;
        try {
            execution = jobs.execution(id);
        } catch (RuntimeException noSuchExecution) {
            return Optional.empty();
        }
        if (!isOfChamber(execution, staff.chamberId())) {
            return Optional.empty();
        }
        return Optional.of(report(execution));
    }

    /**
     * How a nightly run stands (the schedule's, for every chamber: each chamber's staff see it, and none
     * restarts it — the watch retries a failed night on its own).
     */
    public Optional<Report> nightlyReport(SignedInUser staff, long id) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        try {
            JobExecution execution = jobs.execution(id);
            return execution == null ? Optional.empty() : Optional.of(report(execution));
        } catch (RuntimeException noSuchExecution) {
            return Optional.empty();
        }
    }

    /** The runs the chamber's staff started lately, the latest first. */
    public List<Report> runsOfChamber(SignedInUser staff, int count) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        // the chamber's own record of what its staff started (every start and restart is audited with the
        // execution's id), not the batch runtime's latest instances of all chambers, where a busy chamber's
        // runs would push a quiet one's out of sight
        return auditLog.page(staff, new AuditLog.Filter(AuditAction.JOB_STARTED.name(), null), null, count).stream()
                .map(event -> event.getSubject().substring(event.getSubject().indexOf(':') + 1))
                .filter(id -> id.matches("[0-9]+"))
                .map(id -> report(staff, Long.parseLong(id)))
                .flatMap(Optional::stream)
                .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
                .toList();
    }

    /**
     * Restarts a failed or stopped run of the staff member's chamber where it stopped (its files already
     * applied stay applied: the job's writers are idempotent); audited. Another chamber's is not found.
     */
    public long restart(SignedInUser staff, long id) {
        StaffOnlyException.check(staff, staff.chamberId());
        Report report = report(staff, id).orElseThrow(() -> new IllegalArgumentException("No execution " + id));
        if (!report.status().equals("FAILED") && !report.status().equals("STOPPED")) {
            throw new IllegalArgumentException("Execution " + id + " is " + report.status());
        }
        Properties parameters = new Properties();
        parameters.setProperty(BatchJobs.CHAMBER, String.valueOf(staff.chamberId()));
        parameters.setProperty(STARTED_BY, String.valueOf(staff.accountId()));
        long execution = jobs.restart(id, parameters);
        audit.recordAlone(staff.auditActor(), AuditAction.JOB_STARTED, "job-execution:" + execution,
                "job-execution:" + id + " " + report.status(), report.job() + " (restart)");
        return execution;
    }

    private static boolean isOfChamber(JobExecution execution, long chamberId) {
        return execution != null && execution.getJobParameters() != null && String.valueOf(chamberId)
                .equals(execution.getJobParameters().getProperty(BatchJobs.CHAMBER));
    }

    private Report report(JobExecution execution) {
        long id = execution.getExecutionId();
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : jobs.steps(id)) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    default -> { }
                }
            }
        }
        String startedBy = execution.getJobParameters() == null ? null
                : execution.getJobParameters().getProperty(STARTED_BY);
        return new Report(id, execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus(),
                read, written, skipped, startedBy == null ? null : Long.valueOf(startedBy),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant());
    }
}
