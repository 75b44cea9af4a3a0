package jp.tradecert.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The operations API, under {@code /api}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
