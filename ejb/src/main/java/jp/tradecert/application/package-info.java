/**
 * Certificate applications (証明依頼書) and their state machine: draft, submitted (発給申請), on hold
 * (保留), approved (承認), issued (交付済), withdrawn. With coupon payment, submitting consumes one
 * coupon and a hold gives it back, in the same transaction as the state change; each chamber's
 * receipt numbers (受付番号) are drawn here. See docs/domain.md, "Using coupons".
 */
package jp.tradecert.application;
