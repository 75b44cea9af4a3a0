/**
 * Card payments through the provider's hosted page, in the style of Epsilon's link type: the order is
 * registered with the provider, the buyer pays on the provider's page (card number and 3-D Secure never
 * reach us), and the outcome is learnt only by asking the provider (an inquiry), whether the
 * provider's notification, the buyer's return, the buyer stopping or the janitor prompts it. This
 * package owns the flow: it opens a card order's record when the order is placed (observing
 * {@link jp.tradecert.purchase.OrderPlaced}) and reports each answer to the order's owner, which
 * settles it once.
 */
package jp.tradecert.payment.card;
