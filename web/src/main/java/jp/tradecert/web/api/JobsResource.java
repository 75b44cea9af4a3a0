package jp.tradecert.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.tradecert.web.staff.ChamberJobs;

/**
 * {@code POST /api/admin/jobs/<job name>} starts a job for the caller's chamber and answers 202 with
 * its execution id; {@code GET /api/admin/jobs/executions/<id>} reports it: status, the items read,
 * written and skipped over all its steps, and who started it ({@code startedBy}, a user account id).
 * The console starts and watches the same runs through the same {@link ChamberJobs}.
 */
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** What starting a job answers. */
    public record Started(long executionId) {
    }

    @Inject
    private Staff staff;

    @Inject
    private ChamberJobs jobs;

    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job) {
        if (!ChamberJobs.JOBS.contains(job)) {
            throw new NotFoundException("No job " + job);
        }
        return Response.accepted(new Started(jobs.start(staff.get(), job))).build();
    }

    @GET
    @Path("executions/{id}")
    public ChamberJobs.Report report(@PathParam("id") long id) {
        return jobs.report(staff.get(), id).orElseThrow(() -> new NotFoundException("No execution " + id));
    }
}
