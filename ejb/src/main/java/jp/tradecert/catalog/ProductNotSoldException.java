package jp.tradecert.catalog;

import jp.tradecert.account.Membership;
import jp.tradecert.platform.BusinessException;

/** The product is not sold to the company's tier on that day (non-members get no booklet). */
public class ProductNotSoldException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ProductNotSoldException(String productCode, Membership tier) {
        super("Product " + productCode + " is not sold to " + tier, productCode, tier.name());
    }
}
