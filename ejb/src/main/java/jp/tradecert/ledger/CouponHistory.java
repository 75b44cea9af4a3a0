package jp.tradecert.ledger;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.platform.SqlDialect;

/**
 * The rows of the coupon history screen, newest first, a page at a time. A purchase is one row per
 * order (pending until settled, then confirmed with the balance its coupons made); every other ledger
 * entry is a row of its own. Pages are cut by keyset (time, source, id), so a page costs the same
 * with ten rows behind it or a hundred thousand: each source is read through its history index, only
 * as far as one page.
 */
@Stateless
public class CouponHistory {

    public static final int MAX_PAGE = 500;

    private static final String ORDERS = """
            select * from (
                select 1 as source, o.id as id, o.listed_at as at, o.status as status, o.payment_method as method,
                       o.total_yen as total_yen, o.paid_yen as paid_yen, o.total_coupons as quantity,
                       e.balance_after as balance_after, o.placed_by_name as actor_name,
                       cast(null as bigint) as receipt_number, cast(null as varchar(400)) as note,
                       cast(null as varchar(24)) as type, cast(null as varchar(32)) as note_key,
                       cast(null as varchar(64)) as note_argument
                from purchase_order o left join ledger_entry e on e.order_id = o.id
                where o.company_id = ? %s
                order by o.listed_at desc, o.id desc
                fetch first ? rows only) orders""";

    private static final String ENTRIES = """
            select * from (
                select 0 as source, e.id as id, e.occurred_at as at, cast(null as varchar(16)) as status,
                       cast(null as varchar(16)) as method, cast(null as bigint) as total_yen,
                       cast(null as bigint) as paid_yen, e.quantity as quantity, e.balance_after as balance_after,
                       e.actor_name as actor_name, e.receipt_number as receipt_number, e.note as note,
                       e.type as type, e.note_key as note_key, e.note_argument as note_argument
                from ledger_entry e
                where e.company_id = ? and e.type <> 'PURCHASE' %s
                order by e.occurred_at desc, e.id desc
                fetch first ? rows only) entries""";

    @PersistenceContext
    private EntityManager em;

    /**
     * A page of the company's history, starting after {@code after} (null: the newest rows). The
     * caller has scoped {@code companyId} to the signed-in user's company.
     */
    public HistoryPage page(long companyId, HistoryCursor after, int size) {
        List<HistoryRow> rows = new ArrayList<>();
        for (Object result : query("", companyId, after, size).getResultList()) {
            rows.add(row((Object[]) result));
        }
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            return new HistoryPage(rows, rows.get(size - 1).cursor());
        }
        return new HistoryPage(rows, null);
    }

    /** How many rows the company's history has (a paged list shows its number of pages). */
    public long count(long companyId) {
        Number orders = (Number) em.createNativeQuery("select count(*) from purchase_order where company_id = ?")
                .setParameter(1, companyId).getSingleResult();
        Number entries = (Number) em.createNativeQuery(
                        "select count(*) from ledger_entry where company_id = ? and type <> 'PURCHASE'")
                .setParameter(1, companyId).getSingleResult();
        return orders.longValue() + entries.longValue();
    }

    /**
     * How the database runs {@link #page}: its query plan, one line per element, for operators (and
     * the tests) to see that each source is read through its history index.
     */
    public List<String> queryPlan(long companyId, HistoryCursor after, int size) {
        List<String> plan = new ArrayList<>();
        for (Object line : query("explain ", companyId, after, size).getResultList()) {
            plan.add(String.valueOf(line instanceof Object[] columns ? columns[0] : line));
        }
        return plan;
    }

    private Query query(String prefix, long companyId, HistoryCursor after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("A page has 1 to " + MAX_PAGE + " rows");
        }
        List<Object> parameters = new ArrayList<>();
        String orders = ORDERS.formatted(keyset("o.listed_at", "o.id", HistoryCursor.ORDER, after, companyId,
                parameters));
        parameters.add(size + 1);
        String entries = ENTRIES.formatted(keyset("e.occurred_at", "e.id", HistoryCursor.ENTRY, after, companyId,
                parameters));
        parameters.add(size + 1);
        parameters.add(size + 1);
        Query query = em.createNativeQuery(prefix + "select * from (" + orders + " union all " + entries
                + ") page order by at desc, source desc, id desc fetch first ? rows only");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * The filter of one source: its company, and the rows that sort after the cursor (time desc, source
     * desc, id desc): for the cursor's own source strictly after it in (time, id), for the other source
     * by time alone. Adds the parameters it uses, in order.
     */
    private static String keyset(String at, String id, int source, HistoryCursor after, long companyId,
            List<Object> parameters) {
        parameters.add(companyId);
        if (after == null) {
            return "";
        }
        OffsetDateTime time = OffsetDateTime.ofInstant(after.at(), ZoneOffset.UTC);
        parameters.add(time);
        if (source == after.source()) {
            parameters.add(after.id());
            return "and (" + at + ", " + id + ") < (?, ?)";
        }
        return source > after.source() ? "and " + at + " < ?" : "and " + at + " <= ?";
    }

    private static HistoryRow row(Object[] column) {
        int source = ((Number) column[0]).intValue();
        long id = ((Number) column[1]).longValue();
        Instant at = SqlDialect.instant(column[2]);
        HistoryCursor cursor = new HistoryCursor(at, source, id);
        Long balance = column[8] == null ? null : ((Number) column[8]).longValue();
        String actor = (String) column[9];
        int quantity = ((Number) column[7]).intValue();
        if (source == HistoryCursor.ORDER) {
            String status = (String) column[3];
            boolean paid = "PAID".equals(status);
            HistoryDocument document = HistoryDocument.ofOrder((String) column[4], status).orElse(null);
            Long total = ((Number) column[5]).longValue();
            Long deposited = column[6] == null ? null : ((Number) column[6]).longValue();
            // the balance shows wherever coupons were issued: also on an order whose deposit the bank
            // took back (cancelled), above the 会議所操作 row that takes the coupons back
            return new HistoryRow(HistoryOperation.PURCHASE, at, paid, actor, null, null, null, null, total, deposited,
                    paid ? total : null, quantity, balance, document, id, status, cursor);
        }
        EntryType type = EntryType.valueOf((String) column[12]);
        Long receipt = column[10] == null ? null : ((Number) column[10]).longValue();
        HistoryOperation operation = switch (type) {
            case USE -> HistoryOperation.USE;
            case RETURN -> HistoryOperation.RETURN;
            case CHAMBER_ADJUSTMENT, REFUND -> HistoryOperation.CHAMBER_OPERATION;
            case PURCHASE -> throw new IllegalStateException("Purchases are listed by their orders");
        };
        boolean chamber = operation == HistoryOperation.CHAMBER_OPERATION;
        Long zeroForChamber = chamber ? 0L : null;
        SystemNote why = column[13] == null ? null : SystemNote.valueOf((String) column[13]);
        return new HistoryRow(operation, at, true, actor, receipt, (String) column[11], why, (String) column[14],
                zeroForChamber, zeroForChamber, zeroForChamber, 0, balance, null, null, null, cursor);
    }
}
