package jp.tradecert.sandbox.card;

import java.util.Map;

/**
 * What happens to a payment, scripted by the test card number. Any other valid number succeeds at
 * once (frictionless 3-D Secure).
 */
enum Scenario {
    /** Charged; the provider notifies the merchant and sends the buyer back. */
    SUCCESS,
    /** Refused by the issuer; the buyer is sent back with a failure. */
    DECLINE,
    /** 3-D Secure asks the buyer for a one-time code ({@value SandboxPayments#CHALLENGE_CODE} passes). */
    CHALLENGE,
    /**
     * Charged, but the provider then hangs: no notification, the buyer is not sent back, and its next
     * two inquiries fail (HTTP 503) before it answers.
     */
    TIMEOUT,
    /** Charged and the buyer sent back, but the notification is never sent. */
    LOST_NOTIFICATION;

    static final Map<String, Scenario> TEST_CARDS = Map.of(
            "4000000000000002", DECLINE,
            "4000000000003220", CHALLENGE,
            "4000000000000119", TIMEOUT,
            "4000000000000077", LOST_NOTIFICATION);

    static Scenario of(String cardNumber) {
        return TEST_CARDS.getOrDefault(cardNumber, SUCCESS);
    }
}
