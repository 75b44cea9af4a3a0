package jp.tradecert.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.CardSandbox;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.WebForms;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.payment.card.CardInquiry;
import jp.tradecert.payment.card.CardPaymentRecords;
import jp.tradecert.payment.card.CardPayments;
import jp.tradecert.payment.card.CardWatch;
import jp.tradecert.platform.Clocks;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Card payments against the sandbox provider (deployed beside the application by the test server),
 * paid over HTTP as the hosted page's form would be: coupons are issued exactly once whichever of the
 * notification, the buyer's return and the janitor learns the outcome first, and an outcome the
 * provider cannot tell is waited for, never guessed.
 */
@IntegrationTest
class CardPaymentIT {

    private static final String SUCCESS = CardSandbox.SUCCESS;
    private static final String DECLINE = CardSandbox.DECLINE;
    private static final String TIMEOUT = "4000000000000119";
    private static final String LOST_NOTIFICATION = "4000000000000077";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CardPaymentIT.class);
    }

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPayments cardPayments;

    @EJB
    private CardPaymentRecords cardRecords;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clocks clocks;

    private Company company;
    private SignedInUser buyer;

    @BeforeEach
    void aMemberCompanyWithASigner() {
        company = data.company();
        buyer = data.userId(company);
    }

    @AfterEach
    void invariantsHoldAndTheClockIsBack() {
        clocks.reset();
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void theNotificationSettlesThePaymentAndTheBuyersReturnChangesNothing() throws Exception {
        PurchaseOrder order = placeCardOrder(1, 2);

        int status = pay(order, SUCCESS);

        assertThat(status).as("the buyer is sent back").isEqualTo(302);
        // the sandbox notified before sending the buyer back, and the notification settled the order
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);

        assertThat(cardPayments.confirm(buyer, order.getId())).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(issuesFor(order)).isEqualTo(1);
        assertThat(purchases.getOrder(buyer, order.getId()).getPaidYen()).isEqualTo(64_900);
        assertThat(cardRecords.get(order.getId()).getNextInquiryAt()).as("no more checks").isNull();
    }

    /**
     * Anyone can post a notification. A flood of them, for an open order, a settled one, a number this system
     * never gave and text with a line break, is each answered at once, asks the provider about the open order
     * at most ten times a second, and about the settled one never again.
     */
    @Test
    void aFloodOfNotificationsAsksTheProviderLittleAndNeverAboutASettledOrder() throws Exception {
        PurchaseOrder settled = placeCardOrder(1, 0);
        pay(settled, SUCCESS);
        assertThat(purchases.getOrder(buyer, settled.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        int settledAsked = cardRecords.get(settled.getId()).getInquiries();
        PurchaseOrder open = placeCardOrder(2, 0);
        cardPayments.paymentPage(buyer, open.getId());
        int openAsked = cardRecords.get(open.getId()).getInquiries();

        String[] numbers = {open.getOrderNumber().value(), settled.getOrderNumber().value(),
                "19990101000000000000001", "x\r\nSEVERE: forged", ""};
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        for (int i = 0; i < 250; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(WebForms.BASE_URL + "card/notify"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("order_number="
                            + URLEncoder.encode(numbers[i % numbers.length], StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(numbers[i % numbers.length]).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("1");
        }
        CardSandbox.notificationsWorked();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        int asked = cardRecords.get(open.getId()).getInquiries() - openAsked;
        assertThat(asked).as("inquiries about the open order, of 50 notifications in %d ms", elapsedMillis)
                .isPositive().isLessThanOrEqualTo((int) (elapsedMillis / 100) + 1).isLessThan(50);
        assertThat(cardRecords.get(settled.getId()).getInquiries()).as("the settled order").isEqualTo(settledAsked);
        assertThat(purchases.getOrder(buyer, open.getId()).getStatus()).isEqualTo(OrderStatus.AWAITING_CARD);
    }

    /**
     * The provider sends the buyer back with a GET, which anything could make: it settles nothing. The page it
     * shows posts back from its own form and view (at once by script; here by its button, as without one), and
     * that post asks the provider and settles.
     */
    @Test
    void theRedirectBackChangesNothingAndTheReturnPagesOwnPostSettles() throws Exception {
        PurchaseOrder order = placeCardOrder(1, 0);
        assertThat(pay(order, LOST_NOTIFICATION)).as("the buyer is sent back").isEqualTo(302);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(WebForms.signIn(browser, buyer.chamberCode().value(), buyer.loginId(), TestData.PASSWORD)
                .statusCode()).as("signed in").isEqualTo(302);

        String page = "card/return.xhtml?order_number=" + order.getOrderNumber().value();
        HttpResponse<String> shown = WebForms.get(browser, page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"card-confirm\"", "confirmCardPayment");
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).as("after the GET")
                .isEqualTo(OrderStatus.AWAITING_CARD);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        HttpResponse<String> posted = WebForms.post(browser, "card/return.xhtml", shown, "card-return-form",
                Map.of("card-confirm", ""));
        assertThat(posted.statusCode()).as("sent on to the coupon history").isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/coupons/history"));
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(1);
        assertThat(issuesFor(order)).isEqualTo(1);
    }

    @Test
    void notificationReturnAndJanitorAtOnceIssueTheCouponsOnce() throws Exception {
        PurchaseOrder order = placeCardOrder(0, 1);
        pay(order, LOST_NOTIFICATION);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).as("nobody told us yet")
                .isEqualTo(OrderStatus.AWAITING_CARD);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<OrderStatus>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<OrderStatus> confirm = () -> cardPayments.confirm(order.getId());
                answers.add(threads.submit(confirm));
            }
            for (Future<OrderStatus> answer : answers) {
                assertThat(answer.get()).isEqualTo(OrderStatus.PAID);
            }
        } finally {
            threads.shutdown();
        }

        assertThat(ledger.balanceOf(company.getId())).isEqualTo(30);
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThat(issuesFor(order)).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeIsAskedAgainWithBackOffAndSettledOnceTheProviderAnswers() throws Exception {
        PurchaseOrder order = placeCardOrder(2, 0);
        pay(order, TIMEOUT);

        // the provider does not answer (HTTP 503): nothing is decided
        assertThat(cardPayments.confirm(order.getId())).isEqualTo(OrderStatus.AWAITING_CARD);
        assertThat(cardRecords.get(order.getId()).getInquiries()).isEqualTo(1);
        cardPayments.checkDuePayments();
        assertThat(cardRecords.get(order.getId()).getInquiries()).as("not due again yet").isEqualTo(1);

        clocks.advance(Duration.ofMinutes(1).plusSeconds(1));
        cardPayments.checkDuePayments();
        assertThat(cardRecords.get(order.getId()).getInquiries()).isEqualTo(2);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.AWAITING_CARD);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        clocks.advance(Duration.ofMinutes(1).plusSeconds(1));
        cardPayments.checkDuePayments();
        assertThat(cardRecords.get(order.getId()).getInquiries()).as("backed off to two minutes").isEqualTo(2);

        clocks.advance(Duration.ofMinutes(1));
        cardPayments.checkDuePayments();
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(2);

        clocks.advance(Duration.ofHours(2));
        cardPayments.checkDuePayments();
        assertThat(cardPayments.confirm(order.getId())).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(2);
        assertThat(issuesFor(order)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardFailsTheOrderWithoutCouponsAndTheCompanyMayBuyAgain() throws Exception {
        PurchaseOrder order = placeCardOrder(1, 0);
        pay(order, DECLINE);

        assertThat(cardPayments.confirm(buyer, order.getId())).isEqualTo(OrderStatus.FAILED);
        assertThat(purchases.findOpenOrder(company.getId())).isEmpty();
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThat(ledger.balanceOf(company.getId())).isZero();

        PurchaseOrder again = placeCardOrder(1, 0);
        pay(again, SUCCESS);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(1);
    }

    @Test
    void aCardPaidAfterTheBuyerStoppedIsOwedBackNotIssued() throws Exception {
        PurchaseOrder order = placeCardOrder(3, 0);
        URI page = cardPayments.paymentPage(buyer, order.getId());

        assertThat(cardPayments.stop(buyer, order.getId())).isEqualTo(OrderStatus.FAILED);
        assertThat(purchases.findOpenOrder(company.getId())).isEmpty();

        // the provider's page was still open in another tab, and the buyer paid on it
        CardSandbox.pay(page, SUCCESS);

        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(ledger.findRefund("late-card:" + order.getId())).hasValueSatisfying(refund -> {
            assertThat(refund.getReason()).isEqualTo(RefundReason.LATE_CARD_PAYMENT);
            assertThat(refund.getAmountYen()).isEqualTo(3_300);
        });
    }

    @Test
    void aCompanyAdminIdNeitherPaysNorStopsTheCompanysCardOrder() {
        PurchaseOrder order = placeCardOrder(1, 0);
        SignedInUser admin = data.companyAdmin(company);

        assertThatThrownBy(() -> cardPayments.paymentPage(admin, order.getId()))
                .isInstanceOf(CouponsNotAllowedException.class);
        assertThatThrownBy(() -> cardPayments.stop(admin, order.getId()))
                .isInstanceOf(CouponsNotAllowedException.class);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.AWAITING_CARD);
        assertThat(cardRecords.get(order.getId()).getPaymentPage()).as("never registered by the admin").isEmpty();
    }

    @Test
    void aChargeOfAnotherAmountClosesTheOrderForAClerkInsteadOfAskingForEver() {
        PurchaseOrder order = placeCardOrder(1, 0);
        long charged = order.getTotalYen() - 100;
        CardInquiry answer = new CardInquiry(CardInquiry.State.PAID, charged);

        assertThat(cardRecords.apply(order.getId(), answer)).isEqualTo(OrderStatus.FAILED);
        assertThat(cardRecords.apply(order.getId(), answer)).as("asked again: nothing more").isEqualTo(OrderStatus.FAILED);

        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(database.count("select count(*) from refund_due where order_id = ? and reason = ?"
                + " and amount_yen = ?", order.getId(), RefundReason.CARD_AMOUNT_MISMATCH.name(), charged)).isOne();
        assertThat(database.count("select count(*) from refund_due where order_id = ?", order.getId())).isOne();
        assertThat(cardRecords.get(order.getId()).getOutcome()).isEqualTo(CardWatch.Outcome.MISMATCH);
        assertThat(cardRecords.get(order.getId()).getNextInquiryAt()).as("never asked again").isNull();
        assertThat(purchases.findOpenOrder(company.getId())).as("the company may buy again").isEmpty();
    }

    @Test
    void aPaymentWhosePageExpiredUnpaidIsStillWatchedAndALateChargeIsOwedBack() throws Exception {
        PurchaseOrder order = placeCardOrder(1, 0);
        URI page = cardPayments.paymentPage(buyer, order.getId());
        clocks.advance(Duration.ofHours(2));

        assertThat(cardPayments.confirm(order.getId())).as("the page has expired").isEqualTo(OrderStatus.FAILED);
        assertThat(cardRecords.get(order.getId()).getNextInquiryAt()).as("still watched").isNotNull();

        CardSandbox.pay(page, SUCCESS);   // the sandbox's page was still open after all
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.FAILED);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(database.count("select count(*) from refund_due where order_id = ? and reason = ?",
                order.getId(), RefundReason.LATE_CARD_PAYMENT.name())).isOne();
        assertThat(cardRecords.get(order.getId()).getNextInquiryAt()).as("the provider's last word").isNull();

        PurchaseOrder abandoned = placeCardOrder(1, 0);
        cardPayments.paymentPage(buyer, abandoned.getId());
        clocks.advance(Duration.ofDays(8));
        assertThat(cardPayments.confirm(abandoned.getId())).isEqualTo(OrderStatus.FAILED);
        assertThat(cardRecords.get(abandoned.getId()).getNextInquiryAt()).as("watched for a week, then no more")
                .isNull();
    }

    /**
     * The drill at scale: 60 companies pay at once, a third of them while the provider hangs (no
     * notification, two failed inquiries each), a third with their notification lost, a third normally;
     * then the janitor's rounds run from three threads at once beside buyers' returns. Every order ends
     * paid, with exactly one issue of its coupons, nothing owed back and the ledger consistent.
     */
    @Test
    void manyPaymentsWithTheProviderHangingAndNotificationsLostAreEachSettledOnce() throws Exception {
        String[] cards = {TIMEOUT, LOST_NOTIFICATION, SUCCESS};
        List<SignedInUser> buyers = new ArrayList<>();
        List<PurchaseOrder> orders = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            SignedInUser someone = data.userId(data.company());
            buyers.add(someone);
            orders.add(purchases.placeOrder(someone, new PurchaseRequest(Map.of(Product.SINGLE, 1 + i % 3),
                    PaymentMethod.CARD, MailRequest.NONE)));
        }
        // the server's HTTP pool is small (5 threads) and the sandbox runs in it: this test's own request holds
        // one, a payment two more while the sandbox notifies, an inquiry one; so pages are registered first,
        // payments made one at a time, and at most three inquiries run at once, below the pool's size
        List<URI> pages = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            pages.add(cardPayments.paymentPage(buyers.get(i), orders.get(i).getId()));
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            for (int i = 0; i < orders.size(); i++) {
                CardSandbox.pay(pages.get(i), cards[i % 3]);
            }
            int rounds = 0;
            while (orders.stream().anyMatch(order -> cardRecords.get(order.getId()).getNextInquiryAt() != null)
                    && rounds++ < 20) {
                clocks.advance(Duration.ofMinutes(3));
                List<Future<?>> round = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    round.add(threads.submit(() -> cardPayments.checkDuePayments()));
                }
                // some buyers come back meanwhile and their return asks too
                for (int i = rounds % 5; i < orders.size(); i += 5) {
                    long id = orders.get(i).getId();
                    round.add(threads.submit(() -> cardPayments.confirm(id)));
                }
                for (Future<?> done : round) {
                    done.get();
                }
            }
            assertThat(rounds).as("the janitor got every outcome").isLessThanOrEqualTo(20);
        } finally {
            threads.shutdown();
        }
        for (int i = 0; i < orders.size(); i++) {
            PurchaseOrder order = orders.get(i);
            assertThat(purchases.getOrder(buyers.get(i), order.getId()).getStatus()).as("order %d", i)
                    .isEqualTo(OrderStatus.PAID);
            assertThat(issuesFor(order)).as("issues of order %d", i).isOne();
            assertThat(ledger.balanceOf(buyers.get(i).companyId())).isEqualTo(1 + i % 3);
            assertThat(ledger.walletOf(buyers.get(i).companyId()).getPendingCoupons()).isZero();
            assertThat(invariants.check(buyers.get(i).companyId())).isEmpty();
        }
        assertThat(database.count("select count(*) from refund_due where order_id in ("
                + String.join(",", orders.stream().map(order -> String.valueOf(order.getId())).toList()) + ")"))
                .as("nothing owed back").isZero();
    }

    // --- helpers ---

    private PurchaseOrder placeCardOrder(int singles, int booklets) {
        return purchases.placeOrder(buyer, new PurchaseRequest(
                Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets), PaymentMethod.CARD, MailRequest.NONE));
    }

    /** Fills in the provider's card page for the order, as the buyer's browser would; answers the HTTP status. */
    private int pay(PurchaseOrder order, String cardNumber) throws IOException, InterruptedException {
        return CardSandbox.pay(cardPayments.paymentPage(buyer, order.getId()), cardNumber);
    }

    private long issuesFor(PurchaseOrder order) {
        return database.count("select count(*) from ledger_entry where order_id = ? and type = 'PURCHASE'",
                order.getId());
    }
}
