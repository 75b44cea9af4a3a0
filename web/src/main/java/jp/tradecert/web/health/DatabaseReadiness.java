package jp.tradecert.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.tradecert.platform.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready ({@code /health/ready} UP) only when the database answers and every migration has run:
 * the run command and the tests wait on this before they send the first request.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    @Inject
    private DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migrations.isComplete();
        String reachable = reachable();
        return HealthCheckResponse.named(NAME)
                .status(migrated && reachable == null)
                .withData("migrated", migrated)
                .withData("schemaVersion", String.valueOf(migrations.schemaVersion()))
                .withData("connection", reachable == null ? "ok" : reachable)
                .build();
    }

    /** Null when a connection answers, else why not. */
    private String reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? null : "no answer within " + TIMEOUT_SECONDS + " s";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
