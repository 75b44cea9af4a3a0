package jp.tradecert.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Properties;

/** Starts, restarts and reports batch jobs; nothing else talks to the {@link JobOperator}. */
@Stateless
public class BatchJobs {

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
