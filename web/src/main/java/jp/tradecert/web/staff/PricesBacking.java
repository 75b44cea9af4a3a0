package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tradecert.account.Membership;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.catalog.Price;
import jp.tradecert.catalog.Product;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Formats;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;

/**
 * 価格: the chamber's price table per product and tier, effective-dated (in effect, scheduled, past), and a
 * new price published from a future day on; what was sold before keeps its price.
 */
@Named
@ViewScoped
public class PricesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Formats fmt;

    @Inject
    private transient Clock clock;

    @EJB
    private CatalogService catalog;

    private List<Price> prices;
    private List<Product> products;
    private final Set<Long> current = new HashSet<>();
    private String productCode;
    private Membership tier = Membership.MEMBER;
    private Long yen;
    private LocalDate from;

    @PostConstruct
    void load() {
        prices = catalog.pricesOf(currentUser.get());
        products = catalog.products();
        LocalDate today = LocalDate.now(clock);
        Set<String> seen = new HashSet<>();
        // latest first per product and tier: the first one already in effect is the one in effect
        for (Price price : prices) {
            if (!price.getEffectiveFrom().isAfter(today)
                    && seen.add(price.getProduct().getCode() + ":" + price.getTier())) {
                current.add(price.getId());
            }
        }
        if (productCode == null && !products.isEmpty()) {
            productCode = products.get(0).getCode();
        }
        if (from == null) {
            from = today.plusDays(1);
        }
    }

    /** 適用中, 予定 or 過去. */
    public String state(Price price) {
        if (price.getEffectiveFrom().isAfter(LocalDate.now(clock))) {
            return "FUTURE";
        }
        return current.contains(price.getId()) ? "CURRENT" : "PAST";
    }

    public String publish() {
        if (yen == null) {
            Messages.atField("price-yen", "prices.yenRequired");
            return null;
        }
        try {
            Price price = catalog.publishFuturePrice(currentUser.get(), productCode, tier, yen, from);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "prices.published", fmt.date(price.getEffectiveFrom()));
            return "/staff/prices?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public String productName(Product product) {
        return product.name(localeSelection.getLocale());
    }

    public LocalDate getTomorrow() {
        return LocalDate.now(clock).plusDays(1);
    }

    public List<Price> getPrices() {
        return prices;
    }

    public List<Product> getProducts() {
        return products;
    }

    public Membership[] getTiers() {
        return Membership.values();
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public Membership getTier() {
        return tier;
    }

    public void setTier(Membership tier) {
        this.tier = tier;
    }

    public Long getYen() {
        return yen;
    }

    public void setYen(Long yen) {
        this.yen = yen;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
