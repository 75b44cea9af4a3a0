package jp.tradecert.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.SignedInUser;

/**
 * Fills the database for a scenario in a few bulk statements (PostgreSQL's generate_series): chambers,
 * member companies with wallets and a user each, coupons as one chamber adjustment per company (a lot,
 * its entry and movement, consistent for the invariant checker), and draft applications paid by coupon.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BenchmarkData {

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    @EJB
    private AccountService accounts;

    /**
     * Creates {@code chambers} chambers (codes from {@code firstCode}) of {@code companies} companies
     * each, every company with {@code coupons} coupons and {@code drafts} drafts.
     */
    public Workload prepare(int firstCode, int chambers, int companies, int coupons, int drafts) throws SQLException {
        String codes = "code between '" + firstCode + "' and '" + (firstCode + chambers - 1) + "'";
        String ours = "chamber_id in (select id from chamber where " + codes + ")";
        try (Connection connection = dataSource.getConnection()) {
            run(connection, "insert into chamber (id, code, name_ja, name_en, version, last_receipt_number)"
                    + " select nextval('chamber_seq'), cast(? + g as varchar(4)), 'ベンチ' || g, 'Bench ' || g, 0, 0"
                    + " from generate_series(0, ? - 1) g", firstCode, chambers);
            run(connection, "insert into company (id, chamber_id, trade_registration_number, name_ja, name_en,"
                    + " membership, registered_on, registration_expires_on, version)"
                    + " select nextval('company_seq'), h.id, h.code || lpad(cast(n as varchar(6)), 6, '0'),"
                    + " 'ベンチ会社' || n, 'Bench company ' || n, 'MEMBER', current_date, current_date + 730, 0"
                    + " from chamber h cross join generate_series(1, ?) n where h." + codes, companies);
            run(connection, "insert into wallet (company_id, balance, pending_coupons, version)"
                    + " select id, ?, 0, 0 from company where " + ours, coupons);
            run(connection, "insert into user_account (id, chamber_id, company_id, login_id, role, display_name,"
                    + " password_hash, enabled, created_at, version)"
                    + " select nextval('user_account_seq'), chamber_id, id, 'bench-' || trade_registration_number,"
                    + " 'USER', 'ベンチ 署名者', 'not a hash: nobody signs in', true, now(), 0 from company where "
                    + ours);
            run(connection, "insert into lot (id, company_id, kind, coupons, remaining, unit_price_yen, price_yen,"
                    + " created_at, available_for)"
                    + " select nextval('lot_seq'), id, 'ADJUSTMENT', ?, ?, 0, 0, now(), id from company where " + ours,
                    coupons, coupons);
            run(connection, "insert into ledger_entry (id, company_id, type, quantity, balance_after,"
                    + " idempotency_key, occurred_at, note)"
                    + " select nextval('ledger_entry_seq'), id, 'CHAMBER_ADJUSTMENT', ?, ?, 'bench:' || id, now(),"
                    + " 'ベンチマーク用' from company where " + ours, coupons, coupons);
            run(connection, "insert into lot_movement (id, entry_id, lot_id, quantity)"
                    + " select nextval('lot_movement_seq'), e.id, l.id, e.quantity from ledger_entry e"
                    + " join lot l on l.company_id = e.company_id join company c on c.id = e.company_id"
                    + " where e.idempotency_key = 'bench:' || e.company_id and c." + ours);
            run(connection, "insert into certificate_application (id, chamber_id, company_id, created_by,"
                    + " certificate_type, item_category, destination_region, destination_country, applicant_name,"
                    + " signer_name, exporter_name, exporter_contact_name, tier, fee_yen, payment_method, status,"
                    + " submissions, holds, created_at, version)"
                    + " select nextval('certificate_application_seq'), c.chamber_id, c.id, u.id, 'ORIGIN_JAPANESE',"
                    + " 'OTHER', 'ASIA', 'CN', 'ベンチ会社', 'ベンチ 署名者', 'ベンチ会社', 'ベンチ 署名者', 'MEMBER',"
                    + " 1100, 'COUPON', 'DRAFT', 0, 0, now(), 0"
                    + " from company c join user_account u on u.company_id = c.id cross join generate_series(1, ?)"
                    + " where c." + ours, drafts);
            run(connection, "analyze");

            List<SignedInUser> users = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select h.code || '/' || u.login_id from user_account u join chamber h on h.id = u.chamber_id"
                            + " where u." + ours + " order by u.id");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(accounts.getSignedInUser(rows.getString(1)));
                }
            }
            Map<Long, Queue<Long>> draftsByCompany = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select company_id, id from certificate_application where status = 'DRAFT' and " + ours
                            + " order by id");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    draftsByCompany.computeIfAbsent(rows.getLong(1), company -> new ConcurrentLinkedQueue<>())
                            .add(rows.getLong(2));
                }
            }
            return new Workload(users, draftsByCompany);
        }
    }

    /**
     * A company whose history has {@code entries} rows: chamber adjustments of +1 and -1 in turn on one
     * lot, a second apart (a consistent ledger, balance 0 at the end). Returns the company's id.
     */
    public long companyWithHistory(int code, int entries) throws SQLException {
        Workload workload = prepare(code, 1, 1, 1, 0);
        long company = workload.users().get(0).companyId();
        try (Connection connection = dataSource.getConnection()) {
            run(connection, "delete from lot_movement where lot_id in (select id from lot where company_id = ?)", company);
            run(connection, "delete from ledger_entry where company_id = ?", company);
            run(connection, "update lot set remaining = 0, available_for = null where company_id = ?", company);
            run(connection, "update wallet set balance = 0 where company_id = ?", company);
            run(connection, "insert into ledger_entry (id, company_id, type, quantity, balance_after,"
                    + " idempotency_key, occurred_at, note)"
                    + " select nextval('ledger_entry_seq'), ?, 'CHAMBER_ADJUSTMENT', case when g % 2 = 0 then 1 else -1 end,"
                    + " case when g % 2 = 0 then 1 else 0 end, 'history:' || ? || ':' || g,"
                    + " timestamp with time zone '2021-01-01 00:00:00+00' + g * interval '1 second', '調整'"
                    + " from generate_series(0, ? - 1) g", company, company, entries);
            run(connection, "insert into lot_movement (id, entry_id, lot_id, quantity)"
                    + " select nextval('lot_movement_seq'), e.id, l.id, e.quantity from ledger_entry e"
                    + " join lot l on l.company_id = e.company_id where e.company_id = ?", company);
            run(connection, "analyze");
        }
        return company;
    }

    private static void run(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
