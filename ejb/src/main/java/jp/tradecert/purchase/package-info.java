/**
 * Purchase orders for coupons: lines, totals and the tier at purchase, order numbers, the payment
 * method, and the order's life (pending payment or awaiting the card, then paid, underpaid,
 * cancelled, expired or failed). A company has at most one open order, which the database enforces.
 */
package jp.tradecert.purchase;
