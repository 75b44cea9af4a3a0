package jp.tradecert.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.Objects;
import jp.tradecert.account.Membership;

/**
 * A chamber's tax-inclusive price of a product for one tier, from a day on until a later price for
 * the same product and tier takes over. Prices are never edited: a new price is a new row.
 */
@Entity
@NamedQueries({
        @NamedQuery(name = Price.EFFECTIVE_ON, query = """
            select p from Price p
            where p.chamberId = :chamber and p.tier = :tier and p.effectiveFrom <= :day
            order by p.effectiveFrom"""),
        @NamedQuery(name = Price.OF_CHAMBER, query = """
            select p from Price p where p.chamberId = :chamber
            order by p.product.displayOrder, p.tier, p.effectiveFrom desc""")
})
public class Price {

    /** The prices of a chamber and tier that took effect on or before {@code :day}, oldest first (the latest of each product is the day's). */
    public static final String EFFECTIVE_ON = "Price.effectiveOn";
    /** Every price a chamber has published, by product and tier, the latest first. */
    public static final String OF_CHAMBER = "Price.ofChamber";

    @Id
    @SequenceGenerator(name = "price_seq", sequenceName = "price_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_seq")
    private Long id;

    @Column(name = "chamber_id", nullable = false, updatable = false)
    private long chamberId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "product_code", nullable = false, updatable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Membership tier;

    @Column(name = "unit_price_yen", nullable = false, updatable = false)
    private long unitPriceYen;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    protected Price() {
    }

    Price(long chamberId, Product product, Membership tier, long unitPriceYen, LocalDate effectiveFrom) {
        if (unitPriceYen <= 0) {
            throw new IllegalArgumentException("A price is a positive number of yen: " + unitPriceYen);
        }
        this.chamberId = chamberId;
        this.product = Objects.requireNonNull(product);
        this.tier = Objects.requireNonNull(tier);
        this.unitPriceYen = unitPriceYen;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
    }

    public Product getProduct() {
        return product;
    }

    public Membership getTier() {
        return tier;
    }

    public long getUnitPriceYen() {
        return unitPriceYen;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
