/**
 * Coupon wallets (one per company), the lots coupons enter in, and the insert-only ledger entries that
 * are the only way a balance changes. The database refuses what it can (a negative balance, a second
 * use of an idempotency key); the invariant checks recompute the rest.
 */
package jp.tradecert.ledger;
