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
                    + " submissions, holds, created_at, version, consignee_name, consignee_address, port_of_loading,"
                    + " port_of_discharge, vessel, sailing_date, invoice_number, invoice_date, origin_country)"
                    + " select nextval('certificate_application_seq'), c.chamber_id, c.id, u.id, 'ORIGIN_JAPANESE',"
                    + " 'OTHER', 'ASIA', 'CN', 'ベンチ会社', 'ベンチ 署名者', 'ベンチ会社', 'ベンチ 署名者', 'MEMBER',"
                    + " 1100, 'COUPON', 'DRAFT', 0, 0, now(), 0, 'Bench Consignee', 'Shanghai', 'KOBE', 'SHANGHAI',"
                    + " 'BENCH V.1', current_date, 'INV-1', current_date, 'JP'"
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
            // the ledger is insert-only (V19's triggers); a benchmark's own fixture, on a superuser's
            // connection, replaces its few entries with the history to measure
            run(connection, "set session_replication_role = replica");
            try {
                run(connection, "delete from lot_movement where lot_id in (select id from lot where company_id = ?)",
                        company);
                run(connection, "delete from ledger_entry where company_id = ?", company);
            } finally {
                run(connection, "set session_replication_role = default");
            }
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

    /**
     * {@code orders} bank-transfer orders awaiting their deposit, one coupon each, one company each, in
     * chambers of up to 500,000 companies from code {@code firstCode}; each order holds its one-time
     * account (bank 0310, branch: the chamber code's first three digits, numbers
     * {@code chamber index × 1,000,000 + company number}), so that runs from different codes never meet.
     */
    public void awaitedTransfers(int firstCode, int orders) throws SQLException {
        int perChamber = 500_000;
        int chambers = (orders + perChamber - 1) / perChamber;
        String codes = "code between '" + firstCode + "' and '" + (firstCode + chambers - 1) + "'";
        String ours = "chamber_id in (select id from chamber where " + codes + ")";
        try (Connection connection = dataSource.getConnection()) {
            run(connection, "insert into chamber (id, code, name_ja, name_en, version, last_receipt_number)"
                    + " select nextval('chamber_seq'), cast(? + g as varchar(4)), '入金ベンチ' || g, 'Deposits ' || g,"
                    + " 0, 0 from generate_series(0, ? - 1) g", firstCode, chambers);
            run(connection, "insert into company (id, chamber_id, trade_registration_number, name_ja, name_en,"
                    + " membership, registered_on, registration_expires_on, version)"
                    + " select nextval('company_seq'), h.id, h.code || lpad(cast(n as varchar(6)), 6, '0'),"
                    + " '入金会社' || n, 'Depositor ' || n, 'MEMBER', current_date, current_date + 730, 0"
                    + " from chamber h cross join generate_series(1, ?) n"
                    + " where h." + codes + " and (cast(h.code as integer) - ?) * ? + n <= ?",
                    perChamber, firstCode, perChamber, orders);
            run(connection, "insert into wallet (company_id, balance, pending_coupons, version)"
                    + " select id, 0, 1, 0 from company where " + ours);
            run(connection, "insert into user_account (id, chamber_id, company_id, login_id, role, display_name,"
                    + " password_hash, enabled, created_at, version)"
                    + " select nextval('user_account_seq'), chamber_id, id, 'bench-' || trade_registration_number,"
                    + " 'USER', '入金 署名者', 'not a hash: nobody signs in', true, now(), 0 from company where " + ours);
            run(connection, "insert into virtual_account_pool (chamber_id, bank_code, bank_name, branch_code,"
                    + " branch_name, holder_name, first_number, last_number, quarantine_days, version)"
                    + " select id, '0310', 'GMOあおぞらネット銀行', substr(code, 1, 3), 'ベンチ支店', 'GMO-EP*ﾍﾞﾝﾁ',"
                    + " (cast(code as integer) - ?) * 1000000, (cast(code as integer) - ?) * 1000000 + 999999, 0, 0"
                    + " from chamber where " + codes, firstCode, firstCode);
            run(connection, "insert into purchase_order (id, order_number, company_id, sequence_number, placed_by,"
                    + " placed_by_name, ordered_at, order_date, tier, payment_method, status, total_coupons, total_yen,"
                    + " mail_requested, mail_address, expires_on, open_company_id, listed_at, version)"
                    + " select nextval('purchase_order_seq'), to_char(current_date, 'YYYYMMDD')"
                    + " || c.trade_registration_number || '00001', c.id, 1, u.id, u.display_name, now(), current_date,"
                    + " 'MEMBER', 'BANK_TRANSFER', 'PENDING_PAYMENT', 1, 1100,"
                    // every buyer asked to be mailed (the mail is queued with the coupons); this once said
                    // c.id % 2 = 0, meant as every other one, but ids come in steps of 50: it was every one
                    + " true, 'buyer-' || c.id || '@example.jp',"
                    + " current_date + 30, c.id, now(), 0"
                    + " from company c join user_account u on u.company_id = c.id where c." + ours);
            run(connection, "insert into order_line (id, order_id, line_number, product_code, quantity,"
                    + " unit_price_yen, coupons, amount_yen)"
                    + " select nextval('order_line_seq'), o.id, 1, 'SINGLE', 1, 1100, 1, 1100"
                    + " from purchase_order o join company c on c.id = o.company_id where c." + ours);
            run(connection, "insert into virtual_account (id, chamber_id, bank_code, branch_code, number, order_id,"
                    + " assigned_at, open_order_id, version)"
                    + " select nextval('virtual_account_seq'), c.chamber_id, '0310', substr(h.code, 1, 3),"
                    + " lpad(cast((cast(h.code as integer) - ?) * 1000000"
                    + " + cast(substr(c.trade_registration_number, 5) as integer) as varchar(7)), 7, '0'),"
                    + " o.id, now(), o.id, 0"
                    + " from purchase_order o join company c on c.id = o.company_id join chamber h on h.id = c.chamber_id"
                    + " where c." + ours, firstCode);
            run(connection, "analyze");
        }
    }

    /** The accounts of {@link #awaitedTransfers}, in number order, each with the amount it awaits. */
    public void forEachAwaited(int firstCode, int orders, AwaitedConsumer consumer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select v.branch_code, v.number,"
                    + " o.total_yen from virtual_account v join purchase_order o on o.id = v.open_order_id"
                    + " join chamber h on h.id = v.chamber_id where h.code between ? and ?"
                    + " order by v.branch_code, v.number")) {
                statement.setString(1, String.valueOf(firstCode));
                statement.setString(2, String.valueOf(firstCode + (orders + 499_999) / 500_000 - 1));
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(rows.getString(1), rows.getString(2), rows.getLong(3));
                    }
                }
            }
            connection.commit();
        }
    }

    /** Receives one awaited transfer. */
    public interface AwaitedConsumer {
        void accept(String branch, String account, long yen) throws SQLException;
    }

    /** Fresh planner statistics for the tables the reconciliation writes. */
    public void analyzeLedger() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            run(connection, "analyze deposit, purchase_order, wallet, lot, ledger_entry, lot_movement,"
                    + " virtual_account, refund_due, outbox_mail");
        }
    }

    /** How many of the chambers' orders are paid. */
    public long paidOrders(int firstCode, int orders) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from purchase_order o"
                        + " join company c on c.id = o.company_id join chamber h on h.id = c.chamber_id"
                        + " where h.code between ? and ? and o.status = 'PAID'")) {
            statement.setString(1, String.valueOf(firstCode));
            statement.setString(2, String.valueOf(firstCode + (orders + 499_999) / 500_000 - 1));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The yardstick: the same records inserted by plain JDBC batches (1,000 a batch, one commit a
     * batch) into a table of their own; answers the milliseconds it took.
     */
    public long insertByJdbcBatch(int firstCode, int orders) throws SQLException {
        try (Connection writer = dataSource.getConnection()) {
            run(writer, "create table if not exists bench_deposit (account varchar(7), amount_yen bigint,"
                    + " deposit_date date, reference varchar(80))");
            run(writer, "truncate bench_deposit");
        }
        long started = System.nanoTime();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement insert = writer.prepareStatement(
                    "insert into bench_deposit (account, amount_yen, deposit_date, reference) values (?, ?, ?, ?)")) {
                java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now());
                long[] count = {0};
                forEachAwaited(firstCode, orders, (branch, account, yen) -> {
                    insert.setString(1, account);
                    insert.setLong(2, yen);
                    insert.setDate(3, today);
                    insert.setString(4, "bench:" + account + ":" + (++count[0]));
                    insert.addBatch();
                    if (count[0] % 1_000 == 0) {
                        insert.executeBatch();
                        writer.commit();
                    }
                });
                insert.executeBatch();
                writer.commit();
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
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
