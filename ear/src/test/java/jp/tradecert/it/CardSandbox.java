package jp.tradecert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;

/** The card sandbox's hosted page, filled in as the buyer's browser would (without following the redirect). */
public final class CardSandbox {

    public static final String SUCCESS = "4111111111111111";
    public static final String DECLINE = "4000000000000002";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private CardSandbox() {
    }

    /** Pays on {@code page} with {@code cardNumber}; answers the HTTP status (302: sent back to the shop). */
    public static int pay(URI page, String cardNumber) throws IOException, InterruptedException {
        String transCode = page.getQuery().replace("trans_code=", "");
        YearMonth expiry = YearMonth.now().plusYears(2);
        String form = "trans_code=" + transCode + "&card_number=" + cardNumber + "&month=" + expiry.getMonthValue()
                + "&year=" + expiry.getYear();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(page.resolve("card"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 302);
        return response.statusCode();
    }
}
