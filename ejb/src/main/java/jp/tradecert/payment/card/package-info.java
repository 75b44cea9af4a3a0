/**
 * Card payments through the provider's hosted page, in the style of Epsilon's link type: the order is
 * registered with the provider, the buyer pays on the provider's page (card number and 3-D Secure never
 * reach us), and the outcome is learnt only by asking the provider (an inquiry), whether the
 * provider's notification, the buyer's return or the janitor prompts it. Coupons are issued once.
 */
package jp.tradecert.payment.card;
