package jp.tradecert.payment.card;

/**
 * The provider could not be reached, timed out, or answered something this system cannot read. What
 * the provider did is unknown: callers retry later, they never assume an outcome.
 */
public class CardProviderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CardProviderUnavailableException(String message) {
        super(message);
    }
}
