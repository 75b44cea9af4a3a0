/**
 * Coupon wallets (one per company), the lots coupons enter in and leave first in, first out, and the
 * insert-only ledger entries that are the only way a balance changes, with who caused each
 * ({@link jp.tradecert.ledger.Actor}); refunds due; the coupon history (クーポン履歴) as applicants see
 * it; and the invariant checks the nightly audit runs. The database refuses what it can (a negative
 * balance, a second use of an idempotency key); the checks recompute the rest. Nothing here knows
 * orders, applications or companies beyond their ids. See docs/domain.md, "The ledger".
 */
package jp.tradecert.ledger;
