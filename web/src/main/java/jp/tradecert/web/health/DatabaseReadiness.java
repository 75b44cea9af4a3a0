package jp.tradecert.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.tradecert.platform.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready ({@code /health/ready} UP) only when the database answers and every migration has run:
 * the run command and the tests wait on this before they send the first request. The answer is public (a
 * load balancer asks it), so why the database does not answer goes to the server log, not into the answer
 * (a driver's message names hosts, users and databases).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
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
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return "unreachable (the server log says why)";
        }
    }
}
