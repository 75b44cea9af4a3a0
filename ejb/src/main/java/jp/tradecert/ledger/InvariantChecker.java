package jp.tradecert.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the invariants of the ledger from the stored rows and returns every difference; an empty
 * list means they all hold. Used by the tests and by the nightly audit. Each check is one query that
 * returns only the offending rows, so checking every company costs a few scans, not a query per
 * company. Run it where no change is in flight (or accept that a change committed between two
 * queries may show up as a passing difference in the next run).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InvariantChecker {

    /**
     * Each check: its name (the invariant of docs/domain.md, "The ledger") and a query returning
     * (subject, expected, actual, the chamber whose data it is, or null when no chamber's: a deposit
     * nobody claimed).
     */
    private static final List<String[]> CHECKS = List.of(
            new String[] {"1 balance = entries", """
                    select 'company ' || w.company_id, cast(w.balance as varchar(20)),
                           cast(coalesce(sum(e.quantity), 0) as varchar(20)),
                           (select chamber_id from company where id = w.company_id)
                    from wallet w left join ledger_entry e on e.company_id = w.company_id
                    where (cast(?1 as bigint) is null or w.company_id = cast(?1 as bigint))
                    group by w.company_id, w.balance having w.balance <> coalesce(sum(e.quantity), 0)"""},
            new String[] {"1 balance = lots", """
                    select 'company ' || w.company_id, cast(w.balance as varchar(20)),
                           cast(coalesce(sum(l.remaining), 0) as varchar(20)),
                           (select chamber_id from company where id = w.company_id)
                    from wallet w left join lot l on l.company_id = w.company_id
                    where (cast(?1 as bigint) is null or w.company_id = cast(?1 as bigint))
                    group by w.company_id, w.balance having w.balance <> coalesce(sum(l.remaining), 0)"""},
            new String[] {"1 balance never negative", """
                    select 'entry ' || e.id, '>= 0', cast(e.balance_after as varchar(20)),
                           (select chamber_id from company where id = e.company_id)
                    from ledger_entry e where (cast(?1 as bigint) is null or e.company_id = cast(?1 as bigint)) and e.balance_after < 0"""},
            new String[] {"1 running balance", """
                    select 'entry ' || id, cast(coalesce(previous, 0) + quantity as varchar(20)),
                           cast(balance_after as varchar(20)), (select chamber_id from company where id = company_id)
                    from (select e.id, e.company_id, e.quantity, e.balance_after,
                                 lag(e.balance_after) over (partition by e.company_id
                                                            order by e.occurred_at, e.id) as previous
                          from ledger_entry e
                          where cast(?1 as bigint) is null or e.company_id = cast(?1 as bigint)) entries
                    where balance_after <> coalesce(previous, 0) + quantity"""},
            new String[] {"1 lot = its movements", """
                    select 'lot ' || l.id, cast(l.remaining as varchar(20)),
                           cast(coalesce(sum(m.quantity), 0) as varchar(20)),
                           (select chamber_id from company where id = l.company_id)
                    from lot l left join lot_movement m on m.lot_id = l.id
                    where (cast(?1 as bigint) is null or l.company_id = cast(?1 as bigint))
                    group by l.id, l.company_id, l.remaining having l.remaining <> coalesce(sum(m.quantity), 0)"""},
            new String[] {"1 entry = its movements", """
                    select 'entry ' || e.id, cast(e.quantity as varchar(20)),
                           cast(coalesce(sum(m.quantity), 0) as varchar(20)),
                           (select chamber_id from company where id = e.company_id)
                    from ledger_entry e left join lot_movement m on m.entry_id = e.id
                    where (cast(?1 as bigint) is null or e.company_id = cast(?1 as bigint))
                    group by e.id, e.company_id, e.quantity having e.quantity <> coalesce(sum(m.quantity), 0)"""},
            new String[] {"2 issued - used + returned - removed = balance", """
                    select 'company ' || w.company_id, cast(w.balance as varchar(20)), cast(
                             coalesce(sum(case when e.type = 'PURCHASE' or (e.type = 'CHAMBER_ADJUSTMENT'
                                                and e.quantity > 0) then e.quantity else 0 end), 0)
                           - coalesce(sum(case when e.type = 'USE' then 1 else 0 end), 0)
                           + coalesce(sum(case when e.type = 'RETURN' then 1 else 0 end), 0)
                           - coalesce(sum(case when e.type = 'REFUND' or (e.type = 'CHAMBER_ADJUSTMENT'
                                                and e.quantity < 0) then -e.quantity else 0 end), 0)
                           as varchar(20)), (select chamber_id from company where id = w.company_id)
                    from wallet w left join ledger_entry e on e.company_id = w.company_id
                    where (cast(?1 as bigint) is null or w.company_id = cast(?1 as bigint))
                    group by w.company_id, w.balance
                    having w.balance <>
                             coalesce(sum(case when e.type = 'PURCHASE' or (e.type = 'CHAMBER_ADJUSTMENT'
                                                and e.quantity > 0) then e.quantity else 0 end), 0)
                           - coalesce(sum(case when e.type = 'USE' then 1 else 0 end), 0)
                           + coalesce(sum(case when e.type = 'RETURN' then 1 else 0 end), 0)
                           - coalesce(sum(case when e.type = 'REFUND' or (e.type = 'CHAMBER_ADJUSTMENT'
                                                and e.quantity < 0) then -e.quantity else 0 end), 0)"""},
            new String[] {"2 pending = open orders", """
                    select 'company ' || w.company_id, cast(coalesce(sum(o.total_coupons), 0) as varchar(20)),
                           cast(w.pending_coupons as varchar(20)),
                           (select chamber_id from company where id = w.company_id)
                    from wallet w left join purchase_order o
                         on o.company_id = w.company_id and o.status in ('PENDING_PAYMENT', 'AWAITING_CARD')
                    where (cast(?1 as bigint) is null or w.company_id = cast(?1 as bigint))
                    group by w.company_id, w.pending_coupons
                    having w.pending_coupons <> coalesce(sum(o.total_coupons), 0)"""},
            // an order whose deposit the bank took back keeps its purchase entry, offset by the taking back
            new String[] {"3 order settled once, with all its coupons", """
                    select 'order ' || o.order_number,
                           case when o.status = 'PAID' then '1 purchase of ' || o.total_coupons else 'none' end,
                           count(e.id) || ' purchase(s) of ' || coalesce(sum(e.quantity), 0),
                           (select chamber_id from company where id = o.company_id)
                    from purchase_order o left join ledger_entry e on e.order_id = o.id and e.type = 'PURCHASE'
                    where (cast(?1 as bigint) is null or o.company_id = cast(?1 as bigint))
                    group by o.id, o.company_id, o.order_number, o.status, o.total_coupons
                    having (o.status = 'PAID' and (count(e.id) <> 1 or sum(e.quantity) <> o.total_coupons))
                        or (o.status <> 'PAID' and count(e.id) <> 0
                            and not exists (select 1 from ledger_entry r where r.idempotency_key = 'reversal:' || o.id
                                            and r.quantity = -o.total_coupons))"""},
            new String[] {"3 application transitions applied once", """
                    select 'application ' || a.id,
                           a.submissions || ' use(s), coupon held: ' ||
                           case when a.status in ('SUBMITTED', 'APPROVED', 'ISSUED') then 'yes' else 'no' end,
                           coalesce(sum(case when e.type = 'USE' then 1 else 0 end), 0) || ' use(s), '
                           || coalesce(sum(case when e.type = 'RETURN' then 1 else 0 end), 0) || ' return(s)',
                           a.chamber_id
                    from certificate_application a left join ledger_entry e on e.application_id = a.id
                    where a.payment_method = 'COUPON' and (cast(?1 as bigint) is null or a.company_id = cast(?1 as bigint))
                    group by a.id, a.submissions, a.status, a.chamber_id
                    having coalesce(sum(case when e.type = 'USE' then 1 else 0 end), 0) <> a.submissions
                        or coalesce(sum(case when e.type = 'USE' then 1 when e.type = 'RETURN' then -1 else 0 end), 0)
                           <> case when a.status in ('SUBMITTED', 'APPROVED', 'ISSUED') then 1 else 0 end"""},
            new String[] {"3 card-paid applications use no coupons", """
                    select 'application ' || a.id, '0 entries', count(e.id) || ' entries', a.chamber_id
                    from certificate_application a join ledger_entry e on e.application_id = a.id
                    where a.payment_method = 'CARD' and (cast(?1 as bigint) is null or a.company_id = cast(?1 as bigint))
                    group by a.id, a.chamber_id"""},
            new String[] {"4 every yen in one place", """
                    select 'order ' || o.order_number,
                           case when o.status = 'PAID' then 'excess ' || (o.paid_yen - o.total_yen) || ' owed back'
                                else 'deposit ' || o.paid_yen || ' owed back' end,
                           coalesce(sum(r.amount_yen), 0) || ' owed back',
                           (select chamber_id from company where id = o.company_id)
                    from purchase_order o left join refund_due r
                         on r.order_id = o.id and r.reason in ('OVERPAYMENT', 'UNDERPAYMENT')
                    where o.status in ('PAID', 'UNDERPAID') and (cast(?1 as bigint) is null or o.company_id = cast(?1 as bigint))
                    group by o.id, o.company_id, o.order_number, o.status, o.paid_yen, o.total_yen
                    having coalesce(sum(r.amount_yen), 0) <>
                           case when o.status = 'PAID' then o.paid_yen - o.total_yen else o.paid_yen end"""},
            new String[] {"4 every deposited yen in one place", """
                    select 'deposit ' || d.bank_reference, d.outcome || ' of ' || d.amount_yen,
                           'order ' || coalesce(o.status, '-') || ' total ' || coalesce(o.total_yen, 0)
                           || ' paid ' || coalesce(o.paid_yen, 0) || ', owed back ' || coalesce(r.amount_yen, 0),
                           coalesce((select chamber_id from company where id = o.company_id),
                                    (select chamber_id from bank_file where id = d.file_id))
                    from deposit d left join purchase_order o on o.id = d.order_id
                         left join refund_due r on r.id = d.refund_id
                    where (cast(?1 as bigint) is null or o.company_id = cast(?1 as bigint))
                      and not ((d.outcome = 'SETTLED' and o.status = 'PAID' and o.paid_yen = d.amount_yen
                                and o.total_yen = d.amount_yen and r.id is null)
                            or (d.outcome = 'OVERPAID' and o.status = 'PAID' and o.paid_yen = d.amount_yen
                                and r.amount_yen = d.amount_yen - o.total_yen)
                            or (d.outcome in ('UNDERPAID', 'LATE') and r.amount_yen = d.amount_yen)
                            or (d.outcome = 'UNMATCHED' and o.id is null and r.id is null)
                            or (d.outcome = 'REFUNDED' and o.id is null and r.amount_yen = d.amount_yen)
                            or (d.outcome = 'RETURNED' and o.id is null and r.id is null and exists (
                                    select 1 from proposal p where p.id = d.matched_by_proposal
                                    and p.kind = 'DEPOSIT_RETURN' and p.status = 'APPROVED'
                                    and p.amount_yen <= d.amount_yen))
                            or (d.outcome = 'REVERSED' and (r.id is null or r.status = 'CANCELLED')))"""},
            new String[] {"3 an order settled by one deposit at most", """
                    select 'order ' || o.order_number, '1 settling deposit', count(*) || ' settling deposits',
                           (select chamber_id from company where id = o.company_id)
                    from deposit d join purchase_order o on o.id = d.order_id
                    where d.outcome in ('SETTLED', 'OVERPAID') and (cast(?1 as bigint) is null
                          or o.company_id = cast(?1 as bigint))
                    group by o.id, o.company_id, o.order_number having count(*) > 1"""},
            new String[] {"5 order numbers gap-free per company", """
                    select 'company ' || o.company_id, '1..' || count(*),
                           min(o.sequence_number) || '..' || max(o.sequence_number),
                           (select chamber_id from company where id = o.company_id)
                    from purchase_order o where (cast(?1 as bigint) is null or o.company_id = cast(?1 as bigint))
                    group by o.company_id
                    having min(o.sequence_number) <> 1 or max(o.sequence_number) <> count(*)"""},
            new String[] {"5 order number = date + registration + sequence", """
                    select 'order ' || o.id, to_char(o.order_date, 'YYYYMMDD') || c.trade_registration_number
                           || lpad(cast(o.sequence_number as varchar(5)), 5, '0'), o.order_number, c.chamber_id
                    from purchase_order o join company c on c.id = o.company_id
                    where (cast(?1 as bigint) is null or o.company_id = cast(?1 as bigint))
                      and o.order_number <> to_char(o.order_date, 'YYYYMMDD') || c.trade_registration_number
                          || lpad(cast(o.sequence_number as varchar(5)), 5, '0')"""},
            new String[] {"5 receipt numbers gap-free per chamber", """
                    select 'chamber ' || h.code,
                           'contiguous up to ' || h.last_receipt_number,
                           coalesce(min(a.receipt_number), 0) || '..' || coalesce(max(a.receipt_number), 0)
                           || ' (' || count(a.receipt_number) || ' numbers)', h.id
                    from chamber h left join certificate_application a on a.chamber_id = h.id
                    where cast(?1 as bigint) is null or h.id in (select chamber_id from company where id = cast(?1 as bigint))
                    group by h.id, h.code, h.last_receipt_number
                    having count(a.receipt_number) > 0 and (max(a.receipt_number) <> h.last_receipt_number
                        or max(a.receipt_number) - min(a.receipt_number) + 1 <> count(a.receipt_number))"""});

    @PersistenceContext
    private EntityManager em;

    /** Every invariant, for one company. */
    public List<InvariantViolation> check(long companyId) {
        return run(companyId);
    }

    /** Every invariant, for every company and chamber. */
    public List<InvariantViolation> checkAll() {
        return run(null);
    }

    private List<InvariantViolation> run(Long companyId) {
        List<InvariantViolation> violations = new ArrayList<>();
        for (String[] check : CHECKS) {
            Query query = em.createNativeQuery(check[1]).setParameter(1, companyId);
            for (Object result : query.getResultList()) {
                Object[] row = (Object[]) result;
                violations.add(new InvariantViolation(check[0], String.valueOf(row[0]), String.valueOf(row[1]),
                        String.valueOf(row[2]), row[3] == null ? null : ((Number) row[3]).longValue()));
            }
        }
        return violations;
    }
}
