package jp.tradecert.catalog;

/** How consumption tax applies to a product; prices are always tax-inclusive. */
public enum TaxCategory {
    /** Standard rate, 10 %. */
    TAXABLE_10,
    /** Reduced rate, 8 %. */
    REDUCED_8,
    NON_TAXABLE
}
