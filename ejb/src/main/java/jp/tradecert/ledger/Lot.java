package jp.tradecert.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Coupons that entered a wallet together at one price: a settled order's single coupons, one of its
 * booklets, or a chamber's addition. Uses take from the oldest lot with coupons left (first in, first
 * out); a returned coupon goes back to the lot it came from. So a refund knows what each unused coupon
 * cost. {@code remaining} only changes together with a ledger entry and its lot movement.
 */
@Entity
@NamedQueries({
        // first in, first out: the order in which coupons leave a company's lots; created_at rather than
        // the id alone, because ids come from a sequence each server takes blocks of
        @NamedQuery(name = Lot.WITH_COUPONS_OLDEST_FIRST,
                query = "select l from Lot l where l.availableFor = :company order by l.createdAt, l.id"),
        @NamedQuery(name = Lot.OF_ORDER_LINES, query = "select l from Lot l where l.orderLineId in :lines order by l.id"),
        @NamedQuery(name = Lot.OF_COMPANY, query = "select l from Lot l where l.companyId = :company order by l.id")
})
public class Lot {

    /** A company's lots that still have coupons, in the order they are used: first in, first out. */
    public static final String WITH_COUPONS_OLDEST_FIRST = "Lot.withCouponsOldestFirst";
    /** The lots these order lines issued. */
    public static final String OF_ORDER_LINES = "Lot.ofOrderLines";
    public static final String OF_COMPANY = "Lot.ofCompany";

    @Id
    @SequenceGenerator(name = "lot_seq", sequenceName = "lot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_seq")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LotKind kind;

    @Column(name = "order_line_id", updatable = false)
    private Long orderLineId;

    @Column(nullable = false, updatable = false)
    private int coupons;

    @Column(nullable = false)
    private int remaining;

    @Column(name = "unit_price_yen", nullable = false, updatable = false)
    private long unitPriceYen;

    @Column(name = "price_yen", nullable = false, updatable = false)
    private long priceYen;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The company's id while coupons remain: indexed, so the oldest lot with coupons is found at once. */
    @Column(name = "available_for")
    private Long availableFor;

    protected Lot() {
    }

    private Lot(long companyId, LotKind kind, Long orderLineId, int coupons, long unitPriceYen, long priceYen,
            Instant createdAt) {
        if (coupons <= 0) {
            throw new IllegalArgumentException("A lot holds at least one coupon");
        }
        this.companyId = companyId;
        this.kind = Objects.requireNonNull(kind);
        this.orderLineId = orderLineId;
        this.coupons = coupons;
        this.remaining = coupons;
        this.unitPriceYen = unitPriceYen;
        this.priceYen = priceYen;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.availableFor = companyId;
    }

    /** Single coupons bought on one order line, each at the line's price. */
    public static Lot ofSingles(long companyId, long orderLineId, int quantity, long unitPriceYen, Instant now) {
        return new Lot(companyId, LotKind.SINGLE, orderLineId, quantity, unitPriceYen, quantity * unitPriceYen, now);
    }

    /**
     * One booklet: {@code coupons} coupons for {@code bookletPriceYen}, one of them free, so each paid
     * coupon cost {@code bookletPriceYen / (coupons - 1)} (31,900 / 29 = 1,100).
     */
    public static Lot ofBooklet(long companyId, long orderLineId, int coupons, long bookletPriceYen, Instant now) {
        if (coupons < 2) {
            throw new IllegalArgumentException("A booklet holds more than one coupon");
        }
        return new Lot(companyId, LotKind.BOOKLET, orderLineId, coupons, bookletPriceYen / (coupons - 1),
                bookletPriceYen, now);
    }

    /** Coupons a chamber adds by hand, paid for by nobody. */
    static Lot ofAdjustment(long companyId, int coupons, Instant now) {
        return new Lot(companyId, LotKind.ADJUSTMENT, null, coupons, 0, 0, now);
    }

    void take(int count) {
        if (count <= 0 || count > remaining) {
            throw new IllegalStateException("Taking " + count + " coupons from lot " + id + " with " + remaining);
        }
        remaining -= count;
        if (remaining == 0) {
            availableFor = null;
        }
    }

    void giveBack(int count) {
        if (count <= 0 || remaining + count > coupons) {
            throw new IllegalStateException("Giving " + count + " coupons back to lot " + id + " with " + remaining
                    + " of " + coupons);
        }
        remaining += count;
        availableFor = companyId;
    }

    /**
     * What the unused coupons are refunded at when the company's membership changes: each at the price
     * paid for it; a booklet with unused coupons gives up the price of its free coupon.
     */
    /** What the unused coupons of these lots are refunded at, together: the sum of each lot's refund value. */
    public static long refundValueOf(Collection<Lot> lots) {
        return lots.stream().mapToLong(Lot::refundValueOfRemaining).sum();
    }

    public long refundValueOfRemaining() {
        if (remaining == 0) {
            return 0;
        }
        long value = remaining * unitPriceYen;
        return kind == LotKind.BOOKLET ? Math.max(0, value - unitPriceYen) : value;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public LotKind getKind() {
        return kind;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public int getCoupons() {
        return coupons;
    }

    public int getRemaining() {
        return remaining;
    }

    /** What the chamber owes in service for this lot's unused coupons: each at the price it was paid. */
    public long getOutstandingYen() {
        return (long) remaining * unitPriceYen;
    }

    public long getUnitPriceYen() {
        return unitPriceYen;
    }

    public long getPriceYen() {
        return priceYen;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
