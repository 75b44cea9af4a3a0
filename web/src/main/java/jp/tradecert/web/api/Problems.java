package jp.tradecert.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every API error as RFC 9457 problem details ({@code application/problem+json}: type, title, status, detail),
 * never a container error page (HTML, naming the server) nor a stack trace: for the filter's refusals before any
 * resource runs (401, 415, 429) and for the resources' ({@link BusinessErrors}, {@link HttpErrors}).
 */
final class Problems {

    static final String TYPE = "application/problem+json";

    private Problems() {
    }

    static JsonObjectBuilder problem(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", known != null ? known.getReasonPhrase() : status == 429 ? "Too Many Requests" : "Error")
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
    }

    static Response.ResponseBuilder response(int status, JsonObject problem) {
        return Response.status(status).type(TYPE).entity(problem.toString());
    }

    static void send(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem(status, detail).build().toString());
    }
}
