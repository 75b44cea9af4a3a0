package jp.tradecert.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Properties;

/**
 * Starts, restarts and reports batch jobs; nothing else talks to the {@link JobOperator}. Outside any
 * transaction: a job runs on its own, and the job repository must see what it writes at once (on
 * PostgreSQL its tables are created in the first call, and DDL inside a caller's transaction would stay
 * invisible to the job's own connections until that transaction ends).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    /** The job parameter naming the chamber whose staff started a job; absent for the nightly runs. */
    public static final String CHAMBER = "chamberId";

    /** Starts a job by its id (the name of its XML under META-INF/batch-jobs) and returns the execution id. */
    public long start(String jobId, Properties parameters) {
        return operator().start(jobId, parameters);
    }

    /** Restarts a failed or stopped execution where it stopped. */
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public BatchStatus status(long executionId) {
        return execution(executionId).getBatchStatus();
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /** The steps of an execution so far, in order: what each did and how it ended. */
    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
