package jp.tradecert.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the resources and JAX-RS itself refuse (404 not found, 405, 406, 415, a 401 challenge) as problem details,
 * keeping the headers that go with them ({@code WWW-Authenticate}, {@code Allow}); anything unexpected as a 500
 * that says nothing of the server's inside, logged with the time to find it by.
 */
@Provider
public class HttpErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(HttpErrors.class.getName());
    private static final List<String> KEPT_HEADERS = List.of("WWW-Authenticate", "Allow", "Retry-After");

    @Override
    public Response toResponse(RuntimeException thrown) {
        if (thrown instanceof WebApplicationException http) {
            int status = http.getResponse().getStatus();
            String detail = status == Response.Status.NOT_FOUND.getStatusCode() && http.getMessage() != null
                    && http.getMessage().startsWith("HTTP ") ? "Nothing here." : http.getMessage();
            Response.ResponseBuilder answer = Problems.response(status, Problems.problem(status, detail).build());
            for (String header : KEPT_HEADERS) {
                Object value = http.getResponse().getHeaders().getFirst(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
            return answer.build();
        }
        LOG.log(Level.SEVERE, "The API failed unexpectedly", thrown);
        return Problems.response(500, Problems.problem(500, "The server could not answer; the failure is logged.")
                .build()).build();
    }
}
