package jp.tradecert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema that Flyway applied at deploy, and the rules the database enforces by itself, whatever
 * the application does: the same on H2 and on PostgreSQL.
 */
@IntegrationTest
class SchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SchemaIT.class);
    }

    @EJB
    private DatabaseMigrations migrations;

    @Inject
    private Database database;

    private String chamberCode;
    private long chamberId;

    @BeforeEach
    void aChamberOfItsOwn() throws SQLException {
        do {
            chamberCode = String.valueOf(ThreadLocalRandom.current().nextInt(3000, 10000));
        } while (database.count("select count(*) from chamber where code = ?", chamberCode) > 0);
        chamberId = database.count("select nextval('chamber_seq')");
        database.update("insert into chamber (id, code, name_ja, name_en, version) values (?, ?, '試験', 'Test', 0)",
                chamberId, chamberCode);
    }

    @Test
    void everyMigrationWasAppliedAtDeploy() {
        assertThat(migrations.isComplete()).isTrue();
        assertThat(database.count("select count(*) from flyway_schema_history where success = false")).isZero();
        assertThat(database.count("select count(*) from flyway_schema_history where version = ?",
                migrations.schemaVersion())).isOne();
    }

    @Test
    void theDatabaseIsTheOneTheTestRunAskedFor() {
        String expected = "postgres".equals(System.getenv("COUPONS_TEST_DB")) ? "PostgreSQL" : "H2";
        assertThat(database.productName()).isEqualTo(expected);
    }

    /**
     * PostgreSQL's triggers (V19, of db/postgresql) refuse any change of the ledger's history. H2, for
     * development only, has no triggers short of Java classes: there the migration is not applied, as
     * this checks too, so that the difference is stated rather than hidden.
     */
    @Test
    void theLedgersHistoryIsInsertOnlyOnPostgres() {
        if (!"postgres".equals(System.getenv("COUPONS_TEST_DB"))) {
            assertThat(database.count("select count(*) from flyway_schema_history where version = '19'"))
                    .as("H2 skips the PostgreSQL-only migration").isZero();
            return;
        }
        long entry = database.count("select min(id) from ledger_entry");
        long movement = database.count("select min(id) from lot_movement");
        assertThat(entry).as("the demo data wrote entries").isPositive();
        long entries = database.count("select count(*) from ledger_entry");

        assertThatThrownBy(() -> database.update("update ledger_entry set quantity = quantity where id = ?", entry))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("delete from ledger_entry where id = ?", entry))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("update lot_movement set quantity = quantity where id = ?", movement))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("delete from lot_movement where id = ?", movement))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("truncate ledger_entry cascade"))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThat(database.count("select count(*) from ledger_entry")).isEqualTo(entries);
    }

    @Test
    void theAuditTrailIsInsertOnlyOnPostgres() throws SQLException {
        database.update("insert into audit_event (id, actor_name, action, occurred_at)"
                + " values (nextval('audit_event_seq'), 'schema test', 'JOB_STARTED', current_timestamp)");
        long event = database.count("select max(id) from audit_event where actor_name = 'schema test'");
        assertThat(event).isPositive();
        if (!"postgres".equals(System.getenv("COUPONS_TEST_DB"))) {
            assertThat(database.count("select count(*) from flyway_schema_history where version = '23'"))
                    .as("H2 skips the PostgreSQL-only migration").isZero();
            return;
        }
        assertThatThrownBy(() -> database.update("update audit_event set after_state = 'rewritten' where id = ?", event))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("delete from audit_event where id = ?", event))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThatThrownBy(() -> database.update("truncate audit_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
        assertThat(database.count("select count(*) from audit_event where id = ? and after_state is null", event))
                .isOne();
    }

    @Test
    void aChamberCodeIsFourDigits() {
        assertRefused("insert into chamber (id, code, name_ja, name_en, version)"
                + " values (nextval('chamber_seq'), '27A1', 'x', 'x', 0)");
        assertRefused("insert into chamber (id, code, name_ja, name_en, version)"
                + " values (nextval('chamber_seq'), ?, 'x', 'x', 0)", chamberCode);
    }

    @Test
    void aTradeRegistrationNumberIsTenDigitsAndUnique() throws SQLException {
        long company = insertCompany(chamberCode + "000001");
        assertThat(company).isPositive();
        assertRefused(companyInsert(), nextCompanyId(), chamberId, chamberCode + "000001");
        assertRefused(companyInsert(), nextCompanyId(), chamberId, chamberCode + "00001");
        assertRefused(companyInsert(), nextCompanyId(), chamberId, chamberCode + "00000X");
    }

    @Test
    void aWalletBalanceIsNeverNegative() throws SQLException {
        long company = insertCompany(chamberCode + "000002");
        assertRefused("insert into wallet (company_id, balance, pending_coupons, version) values (?, -1, 0, 0)",
                company);
        database.update("insert into wallet (company_id, balance, pending_coupons, version) values (?, 0, 0, 0)",
                company);
        assertRefused("update wallet set balance = balance - 1 where company_id = ?", company);
        assertRefused("insert into wallet (company_id, balance, pending_coupons, version) values (?, 0, 0, 0)",
                company);
    }

    @Test
    void applicantAccountsBelongToACompanyAndStaffToNone() throws SQLException {
        long company = insertCompany(chamberCode + "000003");
        assertRefused(userInsert("COMPANY_ADMIN", null, null, "admin-without-company"));
        assertRefused(userInsert("CHAMBER_STAFF", company, null, "staff-with-company"));
        assertRefused(userInsert("SUB", company, null, "sub-without-principal"));
        assertRefused(userInsert("ROOT", company, null, "unknown-role"));
        assertThat(database.update(userInsert("USER", company, null, "signer"))).isOne();
        assertRefused(userInsert("USER", company, null, "signer"));
    }

    private long insertCompany(String number) throws SQLException {
        long id = nextCompanyId();
        database.update(companyInsert(), id, chamberId, number);
        return id;
    }

    private long nextCompanyId() {
        return database.count("select nextval('company_seq')");
    }

    private static String companyInsert() {
        return "insert into company (id, chamber_id, trade_registration_number, name_ja, name_en, membership,"
                + " registered_on, registration_expires_on, version)"
                + " values (?, ?, ?, '会社', 'Company', 'MEMBER', date '2026-04-01', date '2028-04-01', 0)";
    }

    private String userInsert(String role, Long company, Long principal, String loginId) {
        return "insert into user_account (id, chamber_id, company_id, login_id, role, display_name,"
                + " principal_user_id, password_hash, enabled, created_at, version) values (nextval('user_account_seq'), "
                + chamberId + ", " + company + ", '" + loginId + "', '" + role + "', 'name', " + principal
                + ", 'hash', true, current_timestamp, 0)";
    }

    private void assertRefused(String sql, Object... parameters) {
        assertThatThrownBy(() -> database.update(sql, parameters)).isInstanceOf(SQLException.class);
    }
}
