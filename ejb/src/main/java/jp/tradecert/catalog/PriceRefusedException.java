package jp.tradecert.catalog;

import jp.tradecert.platform.RefusedForReason;

/** A new price that cannot be published so; each reason has its own message. */
public class PriceRefusedException extends RefusedForReason {

    private static final long serialVersionUID = 1L;

    /** Why the price is refused. */
    public enum Why {
        /** From today or an earlier day: what was sold and ordered at the old price must not change. */
        NOT_IN_THE_FUTURE,
        /** Not 1 to {@link CatalogService#MAX_PRICE_YEN} yen. */
        AMOUNT,
        /** No such product or tier. */
        PRODUCT,
        /** The product and tier have a price from that day already. */
        DAY_TAKEN
    }

    public PriceRefusedException(Why why) {
        super(why, "Price refused: " + why, CatalogService.MAX_PRICE_YEN);
    }

    public Why why() {
        return (Why) reason();
    }
}
