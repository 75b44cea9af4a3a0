package jp.tradecert.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application deploys, before anything uses JPA.
 * Startup beans that touch the database declare {@code @DependsOn("DatabaseMigrations")}. A failed
 * migration fails the deployment: the application never runs against a schema it does not know.
 * Flyway commits its own transactions, so this bean must not run inside a container transaction.
 */
@Singleton
@Startup
@DependsOn("ProductionMode")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        // db/migration holds what both databases run; db/postgresql what PostgreSQL alone can (its own
        // version numbers, which H2 just skips)
        String[] locations = isPostgres() ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /** True once every migration has been applied in this deployment. */
    @Lock(LockType.READ)
    public boolean isComplete() {
        return schemaVersion != null;
    }

    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }
}
