package jp.tradecert.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tradecert.account.Membership;

/** The products a chamber sells to a tier on a given day, and their prices. */
@Stateless
public class CatalogService {

    /** Osaka's prices of 2022, the manual's: members 1,100 a coupon and 31,900 a booklet (29 × 1,100). */
    public static final long MEMBER_SINGLE_YEN = 1_100;
    public static final long MEMBER_BOOKLET_YEN = 31_900;
    public static final long NON_MEMBER_SINGLE_YEN = 3_300;

    @PersistenceContext
    private EntityManager em;

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

    /** The standard price list (the manual's) for a chamber, from a day on. */
    public void publishStandardPrices(long chamberId, LocalDate from) {
        publishPrice(chamberId, Product.SINGLE, Membership.MEMBER, MEMBER_SINGLE_YEN, from);
        publishPrice(chamberId, Product.BOOKLET_30, Membership.MEMBER, MEMBER_BOOKLET_YEN, from);
        publishPrice(chamberId, Product.SINGLE, Membership.NON_MEMBER, NON_MEMBER_SINGLE_YEN, from);
    }
}
