/**
 * Chambers of commerce, the applicant companies registered at each (trade registration number,
 * membership, registration expiry), and the people who sign in: user IDs, sub IDs, company admins,
 * chamber staff, the operator. Also what staff do to a company by hand: a change of membership (with
 * the refund of its unused coupons), a balance adjustment (会議所操作), a renewal; and the nightly ledger
 * audit's report to each chamber's staff. Every lookup is scoped by chamber, and for applicants by
 * company. See docs/domain.md.
 */
package jp.tradecert.account;
