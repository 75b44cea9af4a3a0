/**
 * What a chamber sells: products (a single coupon, a 30-coupon booklet) and their effective-dated,
 * tax-inclusive prices per chamber and tier. The tier is the company's membership at the moment of
 * purchase; a product without a price for a tier is not sold to it.
 */
package jp.tradecert.catalog;
