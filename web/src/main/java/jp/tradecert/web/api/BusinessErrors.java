package jp.tradecert.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.SupervisorOnlyException;
import jp.tradecert.batch.JobRunningException;
import jp.tradecert.platform.BusinessException;

/**
 * A refused business rule is the caller's problem: 400, never a trace; 409 for a run already going, 403 for what
 * the caller's role may not do. Problem details, with two members of their own: {@code error} (the rule's name,
 * e.g. {@code JobRunningException}) and {@code message} (as {@code detail}), which callers read since before the
 * answers were problem details.
 */
@Provider
public class BusinessErrors implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException refused) {
        // a run already going is a conflict with the state of the server, not a bad request
        Response.Status status = refused instanceof JobRunningException ? Response.Status.CONFLICT
                : refused instanceof StaffOnlyException || refused instanceof SupervisorOnlyException
                        ? Response.Status.FORBIDDEN
                        : Response.Status.BAD_REQUEST;
        return Problems.response(status.getStatusCode(), Problems.problem(status.getStatusCode(), refused.getMessage())
                .add("error", refused.getClass().getSimpleName())
                .add("message", refused.getMessage())
                .build()).build();
    }
}
