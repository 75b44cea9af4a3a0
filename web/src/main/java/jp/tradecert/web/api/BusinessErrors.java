package jp.tradecert.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.SupervisorOnlyException;
import jp.tradecert.batch.JobRunningException;
import jp.tradecert.platform.BusinessException;

/**
 * A refused business rule is the caller's problem: 400 with the rule's name and message, never a trace;
 * 409 for a run already going, 403 for what the caller's role may not do.
 */
@Provider
public class BusinessErrors implements ExceptionMapper<BusinessException> {

    /** What a refusal answers. */
    public record Refused(String error, String message) {
    }

    @Override
    public Response toResponse(BusinessException refused) {
        // a run already going is a conflict with the state of the server, not a bad request
        Response.Status status = refused instanceof JobRunningException ? Response.Status.CONFLICT
                : refused instanceof StaffOnlyException || refused instanceof SupervisorOnlyException
                        ? Response.Status.FORBIDDEN
                        : Response.Status.BAD_REQUEST;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Refused(refused.getClass().getSimpleName(), refused.getMessage()))
                .build();
    }
}
