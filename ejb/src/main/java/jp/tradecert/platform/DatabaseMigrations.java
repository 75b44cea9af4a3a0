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
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
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
