package jp.tradecert.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's answers are believed only about what was asked: a payment page on the provider's own
 * site, an answer about the order asked about, an amount that is a number. Against a fake provider that
 * answers what each test sets.
 */
class EpsilonCardProviderTest {

    private static final String ORDER = "20261204000123";
    private static final CardOrder CARD_ORDER = new CardOrder(ORDER, 1_100, "クーポン", "kakogawa-user", "加古川", null);

    private final AtomicReference<String> answer = new AtomicReference<>();
    private HttpServer server;
    private EpsilonCardProvider provider;
    private String site;

    @BeforeEach
    void startTheFakeProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort();
        provider = new EpsilonCardProvider();
        provider.providerUrl = site + "/epsilon";
        provider.contractCode = "12345678";
        provider.timeoutSeconds = 5;
        provider.connect();
    }

    @AfterEach
    void stopIt() {
        server.stop(0);
    }

    @Test
    void aPaymentPageOnTheProvidersSiteIsTheOneTheBuyerIsSentTo() {
        answerRegistration(site + "/epsilon/card?trans_code=T1");

        assertThat(provider.register(CARD_ORDER).paymentPage()).hasToString(site + "/epsilon/card?trans_code=T1");
    }

    @Test
    void aPaymentPageAnywhereElseIsRefused() {
        for (String elsewhere : new String[] {"http://evil.example/card?trans_code=T1",
                "https://127.0.0.1:" + server.getAddress().getPort() + "/card",
                "http://127.0.0.1:1/card",
                "http://user@127.0.0.1:" + server.getAddress().getPort() + "/card",
                "javascript:alert(1)", "//evil.example/card"}) {
            answerRegistration(elsewhere);

            assertThatThrownBy(() -> provider.register(CARD_ORDER)).as(elsewhere)
                    .isInstanceOf(CardProviderUnavailableException.class)
                    .hasMessageContaining("not on the provider's site");
        }
    }

    @Test
    void anAnswerAboutTheOrderAskedAboutIsBelieved() {
        answerInquiry(ORDER, "1", "1100");

        assertThat(provider.inquire(ORDER)).isEqualTo(new CardInquiry(CardInquiry.State.PAID, 1_100));
    }

    @Test
    void anAnswerAboutAnotherOrderOrWithoutOneSettlesNothing() {
        answerInquiry("20261204000999", "1", "1100");
        assertThatThrownBy(() -> provider.inquire(ORDER)).isInstanceOf(CardProviderUnavailableException.class)
                .hasMessageContaining("answered about \"20261204000999\"");

        answer.set("<Epsilon_result><result result=\"1\"/><result state=\"1\"/><result item_price=\"1100\"/></Epsilon_result>");
        assertThatThrownBy(() -> provider.inquire(ORDER)).isInstanceOf(CardProviderUnavailableException.class);
    }

    @Test
    void anAmountThatIsNoNumberOfYenIsAnAnswerNotHad() {
        for (String amount : new String[] {"1e3", "-1100", "1100.0", "", "99999999999999999999"}) {
            answerInquiry(ORDER, "1", amount);

            assertThatThrownBy(() -> provider.inquire(ORDER)).as(amount)
                    .isInstanceOf(CardProviderUnavailableException.class);
        }
    }

    @Test
    void whatTheProviderSaysGoesIntoTheMessageOnOneLine() {
        answer.set("<Epsilon_result><result result=\"9\"/><result err_code=\"901\"/>"
                + "<result err_detail=\"bad&#13;&#10;SEVERE: forged line\"/></Epsilon_result>");

        assertThatThrownBy(() -> provider.inquire(ORDER)).isInstanceOf(CardProviderUnavailableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r")
                        .contains("\\u000d\\u000aSEVERE: forged line"));
    }

    private void answerRegistration(String redirect) {
        answer.set("<Epsilon_result><result result=\"1\"/><result trans_code=\"T1\"/><result redirect=\""
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "\"/></Epsilon_result>");
    }

    private void answerInquiry(String orderNumber, String state, String amount) {
        answer.set("<Epsilon_result><result result=\"1\"/><result order_number=\"" + orderNumber + "\"/>"
                + "<result state=\"" + state + "\"/><result item_price=\"" + amount + "\"/></Epsilon_result>");
    }
}
