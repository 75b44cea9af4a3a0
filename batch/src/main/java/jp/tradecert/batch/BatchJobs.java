package jp.tradecert.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import jp.tradecert.platform.JobLeases;
import jp.tradecert.platform.JobLeases.Lease;

/**
 * Starts, restarts and reports batch jobs; nothing else talks to the {@link JobOperator}. A job that
 * has a lease ({@link JobLeases}: the reconciliation, the expiry, the audit) starts only when no other
 * run of it is going anywhere in the cluster; a refused start throws {@link JobRunningException}.
 * Outside any transaction: a job runs on its own, and the job repository must see what it writes at
 * once (on PostgreSQL its tables are created in the first call, and DDL inside a caller's transaction
 * would stay invisible to the job's own connections until that transaction ends).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    /** The job parameter naming the chamber whose staff started a job; absent for the nightly runs. */
    public static final String CHAMBER = "chamberId";

    /** The job parameter holding the token of the run's lease (which its steps renew). */
    public static final String LEASE = "lease";

    /** How long a start waits for the lease of a run that is just ending. */
    private static final long WAIT_MILLIS = 5_000;

    @EJB
    private JobLeases leases;

    @Inject
    private Clock clock;

    /** Starts a job by its id (the name of its XML under META-INF/batch-jobs) and returns the execution id. */
    public long start(String jobId, Properties parameters) {
        return leased(jobId, parameters, leased -> operator().start(jobId, leased));
    }

    /** Restarts a failed or stopped execution where it stopped. */
    public long restart(long executionId, Properties parameters) {
        String job = execution(executionId).getJobName();
        return leased(job, parameters, leased -> operator().restart(executionId, leased));
    }

    /** Whether a run of the job could start now (nothing of it is running anywhere). */
    public boolean isFree(String job) {
        return leases.find(job).map(this::isFree).orElse(true);
    }

    public BatchStatus status(long executionId) {
        return execution(executionId).getBatchStatus();
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /** The latest execution of the job instance that {@code executionId} is an execution of (restarts included). */
    public JobExecution latest(long executionId) {
        JobOperator operator = operator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId()))
                .orElseGet(() -> operator.getJobExecution(executionId));
    }

    /** The steps of an execution so far, in order: what each did and how it ended. */
    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    private interface Start {
        long with(Properties parameters);
    }

    private long leased(String job, Properties parameters, Start start) {
        Optional<Lease> current = leases.find(job);
        if (current.isEmpty()) {
            return start.with(parameters);
        }
        String token = UUID.randomUUID().toString();
        if (!take(current.get(), token)) {
            throw new JobRunningException(job);
        }
        Properties leased = new Properties();
        leased.putAll(parameters);
        leased.setProperty(LEASE, token);
        long execution;
        try {
            execution = start.with(leased);
        } catch (RuntimeException e) {
            leases.release(job, token);
            throw e;
        }
        leases.started(job, token, execution);
        return execution;
    }

    /** Takes the lease when it is free, waiting a little for a run that is just ending. */
    private boolean take(Lease lease, String token) {
        long giveUp = System.currentTimeMillis() + WAIT_MILLIS;
        Lease seen = lease;
        while (true) {
            if (isFree(seen) && leases.take(seen, token, SERVER)) {
                return true;
            }
            if (System.currentTimeMillis() > giveUp) {
                LOG.info(() -> "Job " + lease.job() + " is running (execution " + lease.executionId() + " on "
                        + lease.server() + "): not starting another");
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            seen = leases.find(lease.job()).orElseThrow();
        }
    }

    /** Free: never taken, ran out (its server died), or its run has ended. */
    private boolean isFree(Lease lease) {
        if (lease.isRunOut(clock.instant())) {
            return true;
        }
        if (lease.executionId() == null) {
            return false;   // being started right now
        }
        BatchStatus status;
        try {
            status = execution(lease.executionId()).getBatchStatus();
        } catch (RuntimeException noSuchExecution) {
            return true;    // the job repository no longer knows it: nothing of it runs
        }
        return status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
