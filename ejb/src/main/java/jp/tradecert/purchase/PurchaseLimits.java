package jp.tradecert.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much one order may hold, configurable per deployment ({@code coupons.purchase.max-booklets},
 * {@code coupons.purchase.max-coupons}); by default 100 booklets and 3,000 coupons.
 */
@ApplicationScoped
public class PurchaseLimits {

    @Inject
    @ConfigProperty(name = "coupons.purchase.max-booklets", defaultValue = "100")
    int maxBooklets;

    @Inject
    @ConfigProperty(name = "coupons.purchase.max-coupons", defaultValue = "3000")
    int maxCoupons;

    public int maxBooklets() {
        return maxBooklets;
    }

    public int maxCoupons() {
        return maxCoupons;
    }

    /** Refuses quantities that break a rule; {@code couponsPerUnit} gives each product's coupons. */
    void check(PurchaseRequest request, ToIntFunction<String> couponsPerUnit) {
        long booklets = 0;
        long coupons = 0;
        for (Map.Entry<String, Integer> line : request.quantities().entrySet()) {
            int quantity = line.getValue() == null ? 0 : line.getValue();
            if (quantity < 0) {
                throw new InvalidQuantityException(InvalidQuantityException.Problem.NEGATIVE, 0);
            }
            int perUnit = couponsPerUnit.applyAsInt(line.getKey());
            coupons += (long) quantity * perUnit;
            if (perUnit > 1) {
                booklets += quantity;
            }
        }
        if (coupons == 0) {
            throw new InvalidQuantityException(InvalidQuantityException.Problem.NOTHING_ORDERED, 1);
        }
        if (booklets > maxBooklets) {
            throw new InvalidQuantityException(InvalidQuantityException.Problem.TOO_MANY_BOOKLETS, maxBooklets);
        }
        if (coupons > maxCoupons) {
            throw new InvalidQuantityException(InvalidQuantityException.Problem.TOO_MANY_COUPONS, maxCoupons);
        }
    }
}
