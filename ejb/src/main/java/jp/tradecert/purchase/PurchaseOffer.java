package jp.tradecert.purchase;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tradecert.account.Membership;

/**
 * What the purchase form shows a company: its tier and the products sold to it today, its balance and
 * pending coupons, how much one order may hold, and the open order that would stand in the way of a
 * new one, if any.
 */
public record PurchaseOffer(Membership tier, List<ProductOffer> products, long balance, long pendingCoupons,
        int maxBooklets, int maxCoupons, OpenOrder openOrder) implements Serializable {

    /** An order of the company still open: a new one must wait until it is paid or cancelled. */
    public record OpenOrder(long id, OrderNumber number) implements Serializable {
    }

    public PurchaseOffer {
        products = List.copyOf(products);
    }

    public Optional<ProductOffer> product(String code) {
        return products.stream().filter(product -> product.code().equals(code)).findFirst();
    }

    public Optional<OpenOrder> findOpenOrder() {
        return Optional.ofNullable(openOrder);
    }

    /** The coupons the quantities add up to (the form's {@code N 枚分}); unknown products count nothing. */
    public long couponsOf(Map<String, Integer> quantities) {
        long coupons = 0;
        for (ProductOffer product : products) {
            coupons += product.couponsOf(quantities.getOrDefault(product.code(), 0));
        }
        return coupons;
    }

    /** The amount the quantities cost in yen. */
    public long amountOf(Map<String, Integer> quantities) {
        long yen = 0;
        for (ProductOffer product : products) {
            yen = Math.addExact(yen, product.amountOf(quantities.getOrDefault(product.code(), 0)));
        }
        return yen;
    }
}
