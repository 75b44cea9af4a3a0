package jp.tradecert.payment.card;

/** The provider's answer to an inquiry: the state of the order's payment and, once paid, the amount. */
public record CardInquiry(State state, long paidYen) {

    public enum State {
        /** The card was charged. */
        PAID,
        /** Registered, not (yet) paid: the buyer may still be on the page, or has left it. */
        NOT_PAID,
        /** The card was declined or 3-D Secure failed; this order's payment is over. */
        FAILED,
        /** The provider has no such order (never registered, or its registration was lost). */
        NOT_FOUND
    }

    public static CardInquiry of(State state) {
        return new CardInquiry(state, 0);
    }
}
