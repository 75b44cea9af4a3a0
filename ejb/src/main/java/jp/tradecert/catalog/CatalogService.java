package jp.tradecert.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.platform.AuditTrail;

/** The products a chamber sells to a tier on a given day, and their prices. */
@Stateless
public class CatalogService {

    /** Osaka's prices of 2022, the manual's: members 1,100 a coupon and 31,900 a booklet (29 × 1,100). */
    public static final long MEMBER_SINGLE_YEN = 1_100;
    public static final long MEMBER_BOOKLET_YEN = 31_900;
    public static final long NON_MEMBER_SINGLE_YEN = 3_300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    /** The products sold to the tier on that day, in display order, each with its price. */
    public List<Price> priceList(long chamberId, Membership tier, LocalDate day) {
        List<Price> all = em.createNamedQuery(Price.EFFECTIVE_ON, Price.class)
                .setParameter("chamber", chamberId)
                .setParameter("tier", tier)
                .setParameter("day", day)
                .getResultList();
        Map<String, Price> latest = new LinkedHashMap<>();
        all.forEach(price -> latest.put(price.getProduct().getCode(), price));
        List<Price> list = new ArrayList<>(latest.values());
        list.sort(Comparator.comparingInt(price -> price.getProduct().getDisplayOrder()));
        return list;
    }

    public Optional<Price> priceOf(long chamberId, String productCode, Membership tier, LocalDate day) {
        return priceList(chamberId, tier, day).stream()
                .filter(price -> price.getProduct().getCode().equals(productCode))
                .findFirst();
    }

    /** A new price from a day on; earlier days keep their price. */
    public Price publishPrice(long chamberId, String productCode, Membership tier, long yen, LocalDate from) {
        Product product = em.find(Product.class, productCode);
        if (product == null) {
            throw new IllegalArgumentException("No product " + productCode);
        }
        Price price = new Price(chamberId, product, tier, yen, from);
        em.persist(price);
        return price;
    }

    /** The most a price may be: a mistyped extra digit is refused rather than sold. */
    public static final long MAX_PRICE_YEN = 1_000_000;

    /**
     * A chamber's staff member publishes a new price of a product for a tier, from a future day on (tomorrow
     * at the earliest): what a buyer saw and ordered today never changes, nor any price already recorded on an
     * order. One price per product, tier and day; audited.
     */
    public Price publishFuturePrice(SignedInUser staff, String productCode, Membership tier, long yen, LocalDate from) {
        StaffOnlyException.check(staff, staff.chamberId());
        if (from == null || !from.isAfter(LocalDate.now(clock))) {
            throw new PriceRefusedException(PriceRefusedException.Why.NOT_IN_THE_FUTURE);
        }
        if (yen <= 0 || yen > MAX_PRICE_YEN) {
            throw new PriceRefusedException(PriceRefusedException.Why.AMOUNT);
        }
        if (em.find(Product.class, productCode) == null || tier == null) {
            throw new PriceRefusedException(PriceRefusedException.Why.PRODUCT);
        }
        boolean taken = em.createNamedQuery(Price.OF_CHAMBER, Price.class).setParameter("chamber", staff.chamberId())
                .getResultStream().anyMatch(price -> price.getProduct().getCode().equals(productCode)
                        && price.getTier() == tier && price.getEffectiveFrom().equals(from));
        if (taken) {
            throw new PriceRefusedException(PriceRefusedException.Why.DAY_TAKEN);
        }
        Price price = publishPrice(staff.chamberId(), productCode, tier, yen, from);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.PRICE_PUBLISHED, "price:" + price.getId(), null,
                productCode + " " + tier + " " + yen + " yen from " + from);
        return price;
    }

    /** The products, in display order. */
    public List<Product> products() {
        return em.createQuery("select p from Product p order by p.displayOrder", Product.class).getResultList();
    }

    /** Every price the staff member's chamber has published, by product and tier, the latest first. */
    public List<Price> pricesOf(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createNamedQuery(Price.OF_CHAMBER, Price.class).setParameter("chamber", staff.chamberId())
                .getResultList();
    }

    /** The standard price list (the manual's) for a chamber, from a day on. */
    public void publishStandardPrices(long chamberId, LocalDate from) {
        publishPrice(chamberId, Product.SINGLE, Membership.MEMBER, MEMBER_SINGLE_YEN, from);
        publishPrice(chamberId, Product.BOOKLET_30, Membership.MEMBER, MEMBER_BOOKLET_YEN, from);
        publishPrice(chamberId, Product.SINGLE, Membership.NON_MEMBER, NON_MEMBER_SINGLE_YEN, from);
    }
}
