package jp.tradecert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import jp.tradecert.payment.card.CardNotifications;

/** The card sandbox's hosted page, filled in as the buyer's browser would (without following the redirect). */
public final class CardSandbox {

    public static final String SUCCESS = "4111111111111111";
    public static final String DECLINE = "4000000000000002";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private CardSandbox() {
    }

    /**
     * Pays on {@code page} with {@code cardNumber}; answers the HTTP status (302: sent back to the shop). The
     * sandbox notifies the shop before it sends the buyer back; the shop queues the notification and asks the
     * provider apart from the request ({@link CardNotifications}): this waits until it has done so.
     */
    public static int pay(URI page, String cardNumber) throws IOException, InterruptedException {
        String transCode = page.getQuery().replace("trans_code=", "");
        YearMonth expiry = YearMonth.now().plusYears(2);
        String form = "trans_code=" + transCode + "&card_number=" + cardNumber + "&month=" + expiry.getMonthValue()
                + "&year=" + expiry.getYear();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(page.resolve("card"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 302);
        notificationsWorked();
        return response.statusCode();
    }

    /** Waits until the shop has worked off every card notification it received. */
    public static void notificationsWorked() {
        CardNotifications notifications = CDI.current().select(CardNotifications.class).get();
        assertThat(Await.until(notifications::isIdle, idle -> idle, Duration.ofSeconds(30)))
                .as("the card notifications worked off").isTrue();
    }
}
