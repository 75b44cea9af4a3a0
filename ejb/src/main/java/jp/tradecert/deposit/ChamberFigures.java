package jp.tradecert.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.purchase.PaymentMethod;

/**
 * The console dashboard's figures of one chamber, by business day (Japan's dates as the orders and
 * deposits record them): orders placed and paid by method, deposits applied, and what the chamber owes in
 * service for the coupons its companies have not used (each at the price it was paid, as
 * {@code ledger.Lot#getOutstandingYen} says). Here because this package is the one that sees orders,
 * deposits and lots together.
 */
@Stateless
public class ChamberFigures {

    /** A day's count and yen, of one payment method (null where methods are not told apart). */
    public record Day(LocalDate day, PaymentMethod method, long count, long yen) {
    }

    /** What a deposit counts as applied: it paid, overpaid, underpaid or came late to an order. */
    private static final Set<DepositOutcome> APPLIED = Set.of(DepositOutcome.SETTLED, DepositOutcome.OVERPAID,
            DepositOutcome.UNDERPAID, DepositOutcome.LATE);

    @PersistenceContext
    private EntityManager em;

    /** Orders placed from {@code from} on, per day and method. */
    public List<Day> ordersPlaced(SignedInUser staff, LocalDate from) {
        return days(staff, from, """
                select o.orderDate, o.paymentMethod, count(o), sum(o.totalYen) from PurchaseOrder o, Company c
                where c.id = o.companyId and c.chamber.id = :chamber and o.orderDate >= :from
                group by o.orderDate, o.paymentMethod""");
    }

    /** Orders paid (settled) from {@code from} on, per settlement day and method. */
    public List<Day> ordersPaid(SignedInUser staff, LocalDate from) {
        return days(staff, from, """
                select o.settlementDate, o.paymentMethod, count(o), sum(o.totalYen) from PurchaseOrder o, Company c
                where c.id = o.companyId and c.chamber.id = :chamber and o.settlementDate >= :from
                group by o.settlementDate, o.paymentMethod""");
    }

    /** Deposits applied to the chamber's orders from {@code from} on, per booking day. */
    public List<Day> depositsApplied(SignedInUser staff, LocalDate from) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery("""
                        select d.depositDate, count(d), sum(d.amountYen) from AppliedDeposit d, PurchaseOrder o, Company c
                        where o.id = d.orderId and c.id = o.companyId and c.chamber.id = :chamber
                        and d.depositDate >= :from and d.outcome in :applied
                        group by d.depositDate""", Object[].class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("from", from)
                .setParameter("applied", APPLIED)
                .getResultStream()
                .map(row -> new Day((LocalDate) row[0], null, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /** The chamber's liability for unused coupons: each remaining coupon at the price it was paid, in yen. */
    public long outstandingYen(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Number total = em.createQuery("""
                        select sum(l.remaining * l.unitPriceYen) from Lot l, Company c
                        where c.id = l.companyId and c.chamber.id = :chamber""", Number.class)
                .setParameter("chamber", staff.chamberId())
                .getSingleResult();
        return total == null ? 0 : total.longValue();
    }

    private List<Day> days(SignedInUser staff, LocalDate from, String query) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery(query, Object[].class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("from", from)
                .getResultStream()
                .map(row -> new Day((LocalDate) row[0], (PaymentMethod) row[1], ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
    }
}
