package jp.tradecert.sandbox.card;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The sandbox provider's books: the orders merchants registered, in memory (a restart forgets them, as
 * a sandbox may), and the merchant's addresses for result notifications and returning buyers, which a
 * real provider keeps per contract ({@code card.sandbox.notify-url}, {@code card.sandbox.return-url},
 * {@code card.sandbox.contract-code} as system properties).
 */
@ApplicationScoped
public class SandboxPayments {

    static final String CHALLENGE_CODE = "1234";
    /** How long the card page takes a payment after registration. */
    static final Duration PAGE_LIFETIME = Duration.ofMinutes(30);

    private static final Logger LOG = Logger.getLogger(SandboxPayments.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One registered order. Only the card's brand and last four digits are kept, never the number. */
    static final class Payment {
        final String transCode;
        final String orderNumber;
        final long amountYen;
        final String itemName;
        final String buyerName;
        final Instant registeredAt;
        volatile String state = "0";
        volatile String card = "";
        volatile Scenario scenario;
        final AtomicInteger failingInquiries = new AtomicInteger();

        Payment(String transCode, String orderNumber, long amountYen, String itemName, String buyerName) {
            this.transCode = transCode;
            this.orderNumber = orderNumber;
            this.amountYen = amountYen;
            this.itemName = itemName;
            this.buyerName = buyerName;
            this.registeredAt = Instant.now();
        }

        boolean isOpen() {
            return "0".equals(state) && Instant.now().isBefore(registeredAt.plus(PAGE_LIFETIME));
        }
    }

    private final Map<String, Payment> byTransCode = new ConcurrentHashMap<>();
    private final Map<String, Payment> byOrderNumber = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String contractCode() {
        return System.getProperty("card.sandbox.contract-code", "66666666");
    }

    /** Registers an order; registering the same order number again answers the first registration. */
    Payment register(String orderNumber, long amountYen, String itemName, String buyerName) {
        return byOrderNumber.computeIfAbsent(orderNumber, number -> {
            Payment payment = new Payment(String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000)), number, amountYen,
                    itemName, buyerName);
            byTransCode.put(payment.transCode, payment);
            return payment;
        });
    }

    Optional<Payment> byTransCode(String transCode) {
        return Optional.ofNullable(transCode).map(byTransCode::get);
    }

    Optional<Payment> byOrderNumber(String orderNumber) {
        return Optional.ofNullable(orderNumber).map(byOrderNumber::get);
    }

    void charge(Payment payment, CardNumbers.Brand brand, String number) {
        payment.card = brand + " ****" + number.substring(number.length() - 4);
        payment.state = "1";
        if (payment.scenario == Scenario.TIMEOUT) {
            payment.failingInquiries.set(2);
        }
        LOG.info(() -> "Sandbox charged order " + payment.orderNumber + " " + payment.amountYen + " yen (" + payment.card
                + ")");
    }

    void decline(Payment payment) {
        payment.state = "9";
    }

    /** Tells the merchant, server to server, that the order was paid; the merchant answers "1". */
    void notifyMerchant(Payment payment) {
        String url = System.getProperty("card.sandbox.notify-url", "http://localhost:8080/card/notify");
        String body = form(Map.of("trans_code", payment.transCode, "order_number", payment.orderNumber,
                "result", "1", "item_price", String.valueOf(payment.amountYen), "contract_code", contractCode()));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            LOG.info(() -> "Sandbox notified order " + payment.orderNumber + ": HTTP " + answer.statusCode() + " "
                    + answer.body().strip());
        } catch (IOException e) {
            LOG.warning(() -> "Sandbox could not notify order " + payment.orderNumber + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the buyer goes back to the merchant, with the result. */
    String returnUrl(Payment payment, boolean paid) {
        String base = System.getProperty("card.sandbox.return-url", "http://localhost:8080/card/return.xhtml");
        return base + (base.contains("?") ? "&" : "?") + form(Map.of("trans_code", payment.transCode,
                "order_number", payment.orderNumber, "result", paid ? "1" : "0"));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
