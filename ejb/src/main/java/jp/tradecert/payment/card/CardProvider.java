package jp.tradecert.payment.card;

/**
 * The card payment provider, as this system uses it: register an order for its hosted payment page,
 * and ask how an order's payment stands. Both may fail with {@link CardProviderUnavailableException}
 * when the provider cannot be reached or answers nonsense: the outcome is then unknown, never guessed.
 */
public interface CardProvider {

    /** Registers the order; the buyer is then sent to the answer's page. */
    CardRegistration register(CardOrder order);

    /** How the order's payment stands at the provider now. */
    CardInquiry inquire(String orderNumber);
}
