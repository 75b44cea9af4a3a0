/**
 * The applicant's coupon screens (クーポン管理): buying coupons (terms, form, confirmation), the order
 * page with its one-time account, and the coupon history.
 */
package jp.tradecert.web.coupons;
