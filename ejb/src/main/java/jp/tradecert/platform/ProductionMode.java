package jp.tradecert.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * {@code coupons.mode=production}: the server refuses to start the application unless it is set up to
 * take real money — a real card provider over https (not the sandbox), PostgreSQL, a mail server, the
 * public https address, no demo data and no adjustable clock, and a schema owned by another role than
 * the application's ({@link DatabaseMigrations}). Each problem names its setting. Runs
 * before the database is migrated, so a refused start touches nothing. The demo ({@code coupons.mode}
 * unset or {@code demo}) is not checked.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProductionMode {

    private static final Logger LOG = Logger.getLogger(ProductionMode.class.getName());
    /** The card sandbox's contract code: never a real contract. */
    private static final String SANDBOX_CONTRACT = "66666666";

    @Inject
    private Config config;

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    @Resource(lookup = "mail/coupons")
    private Session mail;

    @PostConstruct
    void check() {
        if (!isProduction(config.getOptionalValue("coupons.mode", String.class))) {
            LOG.warning("coupons.mode is not production: a demo or test server (sandboxes and demo data allowed)");
            return;
        }
        List<String> problems = problems(setting("coupons.card.provider-url"), setting("coupons.card.contract-code"),
                setting("coupons.public-url"), setting("coupons.demo-data"), setting("coupons.clock.adjustable"),
                databaseProduct(), isSuperuser(), setting("coupons.db.owner"), setting("coupons.db.user"), mailHost());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Production mode refused to start: " + String.join("; ", problems));
        }
        LOG.info("Production mode: settings checked");
    }

    static boolean isProduction(Optional<String> mode) {
        return mode.map(value -> value.strip().equalsIgnoreCase("production")).orElse(false);
    }

    /** What keeps this server from taking real money, each naming its setting; empty when nothing does. */
    static List<String> problems(Optional<String> providerUrl, Optional<String> contractCode, Optional<String> publicUrl,
            Optional<String> demoData, Optional<String> adjustableClock, Optional<String> database,
            boolean superuser, Optional<String> schemaOwner, Optional<String> databaseUser, Optional<String> smtpHost) {
        List<String> problems = new ArrayList<>();
        if (providerUrl.isEmpty()) {
            problems.add("coupons.card.provider-url is not set (the card provider's https address)");
        } else {
            URI provider = parse(providerUrl.get());
            if (provider == null || !"https".equalsIgnoreCase(provider.getScheme()) || provider.getHost() == null) {
                problems.add("coupons.card.provider-url must be an https address: " + providerUrl.get());
            } else if (providerUrl.get().toLowerCase(Locale.ROOT).contains("sandbox") || isLocal(provider.getHost())) {
                problems.add("coupons.card.provider-url points at a sandbox: " + providerUrl.get());
            }
        }
        if (contractCode.isEmpty() || contractCode.get().isBlank() || contractCode.get().equals(SANDBOX_CONTRACT)) {
            problems.add("coupons.card.contract-code is not set (the sandbox's " + SANDBOX_CONTRACT + " is refused)");
        }
        URI site = publicUrl.map(ProductionMode::parse).orElse(null);
        if (site == null || !"https".equalsIgnoreCase(site.getScheme()) || isLocal(site.getHost())) {
            problems.add("coupons.public-url must be the site's public https address: " + publicUrl.orElse("not set"));
        }
        if (demoData.map(Boolean::parseBoolean).orElse(false)) {
            problems.add("coupons.demo-data must be false (demo logins have a published password)");
        }
        if (adjustableClock.map(Boolean::parseBoolean).orElse(false)) {
            problems.add("coupons.clock.adjustable must be false");
        }
        if (database.filter(name -> name.toLowerCase(Locale.ROOT).contains("postgres")).isEmpty()) {
            problems.add("jdbc/coupons must be PostgreSQL (COUPONS_DB_URL), not " + database.orElse("unreachable"));
        }
        if (superuser) {
            problems.add("jdbc/coupons connects as a superuser (COUPONS_DB_USER): use a role of its own, which the"
                    + " ledger's insert-only triggers bind");
        }
        if (schemaOwner.isEmpty() || schemaOwner.equals(databaseUser)) {
            problems.add("coupons.db.owner (COUPONS_DB_OWNER) must name the role that owns the schema, another than"
                    + " the application's (COUPONS_DB_USER), which then can neither change the ledger's history nor"
                    + " drop the triggers that keep it");
        }
        if (smtpHost.isEmpty() || smtpHost.get().isBlank()) {
            problems.add("mail/coupons has no mail host (COUPONS_SMTP_HOST)");
        }
        return problems;
    }

    private Optional<String> setting(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    /** Payara's mail resource names its host {@code mail.host}; a session may also say {@code mail.smtp.host}. */
    private Optional<String> mailHost() {
        return Optional.ofNullable(mail.getProperty("mail.smtp.host")).or(() -> Optional.ofNullable(mail.getProperty("mail.host")))
                .filter(host -> !host.isBlank());
    }

    private Optional<String> databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Whether the database connection has a PostgreSQL superuser's rights (which get around triggers). */
    private boolean isSuperuser() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var row = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException notPostgres) {
            return false;   // not PostgreSQL: refused as such
        }
    }

    private static URI parse(String text) {
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLocal(String host) {
        return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
