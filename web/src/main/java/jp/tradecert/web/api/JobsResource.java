package jp.tradecert.web.api;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Properties;
import java.util.Set;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.batch.BatchJobs;
import jp.tradecert.batch.NightlyRuns;
import jp.tradecert.platform.AuditTrail;

/**
 * {@code POST /api/admin/jobs/<job name>} starts a job for the caller's chamber and answers 202 with
 * its execution id; {@code GET /api/admin/jobs/executions/<id>} reports it: status, the items read,
 * written and skipped over all its steps, and who started it ({@code startedBy}, a user account id).
 */
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** The jobs chamber staff may start. */
    static final Set<String> JOBS = Set.of(NightlyRuns.RECONCILIATION);

    /** What starting a job answers. */
    public record Started(long executionId) {
    }

    /** What an execution's report answers. */
    public record Report(long executionId, String job, String status, String exitStatus, long readCount,
            long writeCount, long skipCount, Long startedBy) {
    }

    /** The job parameter naming the user account of the staff member who started a run. */
    static final String STARTED_BY = "startedBy";

    @Inject
    private Staff staff;

    @EJB
    private BatchJobs jobs;

    @EJB
    private AuditTrail audit;

    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job) {
        SignedInUser caller = staff.get();
        if (!JOBS.contains(job)) {
            throw new NotFoundException("No job " + job);
        }
        Properties parameters = new Properties();
        parameters.setProperty(BatchJobs.CHAMBER, String.valueOf(caller.chamberId()));
        parameters.setProperty(STARTED_BY, String.valueOf(caller.accountId()));
        long execution = jobs.start(job, parameters);
        // a job runs on its own, outside any transaction: its start is recorded once it has started
        audit.recordAlone(caller.auditActor(), AuditAction.JOB_STARTED, "job-execution:" + execution, null, job);
        return Response.accepted(new Started(execution)).build();
    }

    @GET
    @Path("executions/{id}")
    public Report report(@PathParam("id") long id) {
        SignedInUser caller = staff.get();
        JobExecution execution;
        try {
            execution = jobs.execution(id);
        } catch (RuntimeException noSuchExecution) {
            throw new NotFoundException("No execution " + id);
        }
        if (execution == null || !String.valueOf(caller.chamberId())
                .equals(execution.getJobParameters() == null ? null
                        : execution.getJobParameters().getProperty(BatchJobs.CHAMBER))) {
            throw new NotFoundException("No execution " + id);
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
        return new Report(id, execution.getJobName(), execution.getBatchStatus().name(), execution.getExitStatus(),
                read, written, skipped, startedBy == null ? null : Long.valueOf(startedBy));
    }
}
