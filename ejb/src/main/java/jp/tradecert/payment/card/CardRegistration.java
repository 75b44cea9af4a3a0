package jp.tradecert.payment.card;

import java.net.URI;

/** The provider accepted the order: its own code for the payment, and the page the buyer pays on. */
public record CardRegistration(String transCode, URI paymentPage) {
}
