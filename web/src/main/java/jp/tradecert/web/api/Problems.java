package jp.tradecert.web.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An API error as RFC 9457 problem details ({@code application/problem+json}), for the answers given before
 * any resource runs (the filter's 401, 415 and 429); written by hand, so no container error page (HTML,
 * naming the server) stands in for it.
 */
final class Problems {

    static final String TYPE = "application/problem+json";

    private Problems() {
    }

    static void send(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
    }
}
