package jp.tradecert.purchase;

import java.io.Serializable;
import java.util.Locale;
import jp.tradecert.catalog.Price;

/**
 * One product as the purchase form offers it to a company today: its names, the coupons it holds and
 * its unit price at the company's tier. A copy, so that a form can keep it across requests.
 */
public record ProductOffer(String code, String nameJa, String nameEn, int coupons, long unitPriceYen)
        implements Serializable {

    static ProductOffer of(Price price) {
        return new ProductOffer(price.getProduct().getCode(), price.getProduct().getNameJa(),
                price.getProduct().name(Locale.ENGLISH), price.getProduct().getCoupons(), price.getUnitPriceYen());
    }

    public String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public boolean isBooklet() {
        return coupons > 1;
    }

    /** What {@code quantity} of it cost, as an order line computes it. */
    public long amountOf(int quantity) {
        return Math.multiplyExact(quantity, unitPriceYen);
    }

    public long couponsOf(int quantity) {
        return (long) quantity * coupons;
    }
}
