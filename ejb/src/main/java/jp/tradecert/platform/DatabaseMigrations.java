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
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application deploys, before anything uses JPA.
 * Startup beans that touch the database declare {@code @DependsOn("DatabaseMigrations")}. A failed
 * migration fails the deployment: the application never runs against a schema it does not know.
 * Flyway commits its own transactions, so this bean must not run inside a container transaction.
 *
 * <p>On PostgreSQL the schema may belong to a role of its own ({@code coupons.db.owner}, with
 * {@code coupons.db.owner-password}; required in production): the migrations then run as that role,
 * and the application's role ({@code jdbc/coupons}) is granted only what it needs — reading and
 * writing rows, but neither updating nor deleting the ledger's history, nor changing any table (so it
 * cannot drop the triggers that refuse those changes either). Without it the application's role owns
 * the schema, as in the demo and the tests.
 */
@Singleton
@Startup
@DependsOn("ProductionMode")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The tables whose rows are history (the ledger, the audit trail): the application's role may add rows, never change or remove them. */
    static final List<String> INSERT_ONLY = List.of("ledger_entry", "lot_movement", "audit_event");

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    @Inject
    private Config config;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        // db/migration holds what both databases run; db/postgresql what PostgreSQL alone can (its own
        // version numbers, which H2 just skips)
        String[] locations = isPostgres() ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        Optional<String> owner = setting("coupons.db.owner").filter(name -> isPostgres());
        FluentConfiguration flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .locations(locations)
                .failOnMissingLocations(true)
                .cleanDisabled(true);
        if (owner.isPresent()) {
            flyway.dataSource(config.getValue("coupons.db.url", String.class), owner.get(),
                    setting("coupons.db.owner-password").orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        MigrateResult result = flyway.load().migrate();
        if (owner.isPresent()) {
            grantToApplication(flyway.getDataSource(), owner.get());
        }
        schemaVersion = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** What the application's role may do in a schema another role owns (see the class comment). */
    private void grantToApplication(DataSource ownerSource, String owner) {
        try (Connection application = dataSource.getConnection();
                Connection connection = ownerSource.getConnection();
                Statement statement = connection.createStatement()) {
            String role = quoted(application.getMetaData().getUserName());
            if (role.equals(quoted(owner))) {
                throw new IllegalStateException("coupons.db.owner must be another role than jdbc/coupons' (" + owner
                        + "): the application's role must not own the ledger's tables");
            }
            // create: the batch runtime makes its job repository's tables in the first run (the application's
            // role owns those); the grants below are on the owner's own tables only, since a grant on a
            // table the owner has no right to fails the whole statement (and would fail every later start)
            statement.execute("grant usage, create on schema public to " + role);
            for (String table : owned(statement, "select quote_ident(tablename) from pg_tables"
                    + " where schemaname = 'public' and tableowner = current_user")) {
                statement.execute("grant select, insert, update, delete on " + table + " to " + role);
            }
            for (String sequence : owned(statement, "select quote_ident(c.relname) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S'"
                    + " and pg_get_userbyid(c.relowner) = current_user")) {
                statement.execute("grant usage, select, update on sequence " + sequence + " to " + role);
            }
            statement.execute("revoke update, delete, truncate on " + String.join(", ", INSERT_ONLY) + " from " + role);
            statement.execute("revoke insert, update, delete, truncate on flyway_schema_history from " + role);
            LOG.info(() -> "Schema owned by " + owner + "; " + role + " may not change the ledger's history");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's role its rights on the schema", e);
        }
    }

    /** The names (quoted identifiers) a query of the owner's objects answers. */
    private static List<String> owned(Statement statement, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** A role name as a PostgreSQL identifier, quoted (a name from the database or the settings, never SQL). */
    static String quoted(String role) {
        return '"' + role.replace("\"", "\"\"") + '"';
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
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
