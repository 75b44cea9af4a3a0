package jp.tradecert.web.staff;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import jp.tradecert.account.AuditAction;
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
            long writeCount, long skipCount, Long startedBy) implements Serializable {

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
    }

    @EJB
    private BatchJobs jobs;

    @EJB
    private AuditTrail audit;

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
        StaffOnlyException.check(staff, staff.chamberId());
        JobExecution execution;
        try {
            execution = jobs.execution(id);
        } catch (RuntimeException noSuchExecution) {
            return Optional.empty();
        }
        if (execution == null || execution.getJobParameters() == null || !String.valueOf(staff.chamberId())
                .equals(execution.getJobParameters().getProperty(BatchJobs.CHAMBER))) {
            return Optional.empty();
        }
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
        String startedBy = execution.getJobParameters().getProperty(STARTED_BY);
        return Optional.of(new Report(id, execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), read, written, skipped, startedBy == null ? null : Long.valueOf(startedBy)));
    }
}
