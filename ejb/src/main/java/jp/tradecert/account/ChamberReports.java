package jp.tradecert.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.ledger.EntryType;
import jp.tradecert.platform.Clocks;

/**
 * The chamber's reports on the coupons it issued, computed from the ledger: the month's coupons sold,
 * used, given back, refunded and adjusted with what was outstanding before and after, and the unused
 * balance on each base date of the Payment Services Act (資金決済法). Every figure counts coupons and
 * their yen at the price each was paid (a coupon moved from a lot counts that lot's unit price: the rule of
 * {@code Lot#getOutstandingYen}, applied to each movement), so the month closes exactly:
 * opening + sold − used + returned − refunded + added − removed = closing. Days are Japan's.
 */
@Stateless
public class ChamberReports {

    /** Above this unused balance on a base date the issuer must report it and deposit security (資金決済法). */
    public static final long THRESHOLD_YEN = 10_000_000;

    /** The base dates (基準日) of the Act. */
    public static final List<MonthDay> BASE_DATES = List.of(MonthDay.of(3, 31), MonthDay.of(9, 30));

    /** How long after a base date its report is due (2 months from the day after). */
    private static final int MONTHS_TO_REPORT = 2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Coupons and their yen (at the price paid). */
    public record Figure(long coupons, long yen) implements Serializable {

        static final Figure NONE = new Figure(0, 0);

        Figure plus(long moreCoupons, long moreYen) {
            return new Figure(coupons + moreCoupons, yen + moreYen);
        }

        public long getCoupons() {
            return coupons;
        }

        public long getYen() {
            return yen;
        }
    }

    /**
     * One month of the chamber's coupons: outstanding at its start and end, and what moved in between
     * (each figure positive; used, refunded and removed take coupons away).
     */
    public record Month(YearMonth month, Figure opening, Figure sold, Figure used, Figure returned, Figure refunded,
                        Figure added, Figure removed, Figure closing) implements Serializable {

        /** The lines in the order the report shows them, named for the console's messages. */
        public List<Line> getLines() {
            return List.of(new Line("opening", opening), new Line("sold", sold), new Line("used", used),
                    new Line("returned", returned), new Line("refunded", refunded), new Line("added", added),
                    new Line("removed", removed), new Line("closing", closing));
        }
    }

    /** A line of the monthly report. */
    public record Line(String name, Figure figure) implements Serializable {

        public String getName() {
            return name;
        }

        public Figure getFigure() {
            return figure;
        }
    }

    /**
     * The unused balance at the end of a day: when the day is a base date and the balance is over the
     * threshold, the chamber must report it by {@code reportDue} and hold security of at least half of it
     * (発行保証金).
     */
    public record UnusedBalance(LocalDate date, Figure unused, boolean overThreshold, long securityYen,
                                LocalDate reportDue, boolean onBaseDate) implements Serializable {

        /** What the Act asks of the unused balance {@code unused} at the end of {@code date}. */
        static UnusedBalance of(LocalDate date, Figure unused, boolean onBaseDate) {
            boolean over = unused.yen() > THRESHOLD_YEN;
            // at least half of the unused balance, to the yen above
            long security = over ? (unused.yen() + 1) / 2 : 0;
            return new UnusedBalance(date, unused, over, security,
                    date.plusDays(1).plusMonths(MONTHS_TO_REPORT).minusDays(1), onBaseDate);
        }

        public LocalDate getDate() {
            return date;
        }

        public Figure getUnused() {
            return unused;
        }

        public boolean isOverThreshold() {
            return overThreshold;
        }

        public long getSecurityYen() {
            return securityYen;
        }

        public LocalDate getReportDue() {
            return reportDue;
        }

        /** False for today's figure (so far), given beside the base dates to see where the next one is heading. */
        public boolean isOnBaseDate() {
            return onBaseDate;
        }
    }

    /** The month's report of the staff member's chamber (a month not begun yet shows nothing moving). */
    public Month month(SignedInUser staff, YearMonth month) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Instant from = month.atDay(1).atStartOfDay(Clocks.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Clocks.TOKYO).toInstant();
        Figure sold = Figure.NONE;
        Figure used = Figure.NONE;
        Figure returned = Figure.NONE;
        Figure refunded = Figure.NONE;
        Figure added = Figure.NONE;
        Figure removed = Figure.NONE;
        List<Object[]> moved = em.createQuery("""
                        select e.type, e.quantity, sum(m.quantity), sum(m.quantity * l.unitPriceYen)
                        from LedgerEntry e join e.movements m join m.lot l, Company c
                        where c.id = e.companyId and c.chamber.id = :chamber
                        and e.occurredAt >= :from and e.occurredAt < :to
                        group by e.type, e.quantity""", Object[].class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] row : moved) {
            EntryType type = (EntryType) row[0];
            long coupons = Math.abs(((Number) row[2]).longValue());
            long yen = Math.abs(((Number) row[3]).longValue());
            switch (type) {
                case PURCHASE -> sold = sold.plus(coupons, yen);
                case USE -> used = used.plus(coupons, yen);
                case RETURN -> returned = returned.plus(coupons, yen);
                case REFUND -> refunded = refunded.plus(coupons, yen);
                case CHAMBER_ADJUSTMENT -> {
                    if (((Number) row[1]).intValue() > 0) {
                        added = added.plus(coupons, yen);
                    } else {
                        removed = removed.plus(coupons, yen);
                    }
                }
                default -> throw new IllegalStateException("Unknown entry type " + type);
            }
        }
        return new Month(month, unusedBefore(staff, from), sold, used, returned, refunded, added, removed,
                unusedBefore(staff, to));
    }

    /**
     * The unused balance at the end of each of the last {@code count} base dates, newest first, after
     * today's (not a base date: where the next one is heading).
     */
    public List<UnusedBalance> unusedBalances(SignedInUser staff, int count) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        LocalDate today = LocalDate.now(clock.withZone(Clocks.TOKYO));
        List<UnusedBalance> dates = new ArrayList<>();
        dates.add(unusedBalance(staff, today, false));
        LocalDate date = lastBaseDateBefore(today);
        for (int i = 0; i < count; i++) {
            dates.add(unusedBalance(staff, date, true));
            date = lastBaseDateBefore(date);
        }
        return dates;
    }

    /** The latest base date strictly before {@code day}. */
    public static LocalDate lastBaseDateBefore(LocalDate day) {
        for (int year = day.getYear(); ; year--) {
            for (int i = BASE_DATES.size() - 1; i >= 0; i--) {
                LocalDate candidate = BASE_DATES.get(i).atYear(year);
                if (candidate.isBefore(day)) {
                    return candidate;
                }
            }
        }
    }

    private UnusedBalance unusedBalance(SignedInUser staff, LocalDate date, boolean onBaseDate) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(Clocks.TOKYO).toInstant();
        return UnusedBalance.of(date, unusedBefore(staff, endOfDay), onBaseDate);
    }

    /** The chamber's unused balance at the end of {@code date} (Japan's day), as a base date's report gives it. */
    public UnusedBalance unusedBalanceAt(SignedInUser staff, LocalDate date) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return unusedBalance(staff, date, BASE_DATES.contains(MonthDay.from(date)));
    }

    /** The chamber's unused coupons just before {@code moment}: every movement of its lots until then. */
    private Figure unusedBefore(SignedInUser staff, Instant moment) {
        Object[] row = em.createQuery("""
                        select sum(m.quantity), sum(m.quantity * l.unitPriceYen)
                        from LotMovement m join m.entry e join m.lot l, Company c
                        where c.id = e.companyId and c.chamber.id = :chamber and e.occurredAt < :moment""",
                        Object[].class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("moment", moment)
                .getSingleResult();
        return new Figure(row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue());
    }
}
