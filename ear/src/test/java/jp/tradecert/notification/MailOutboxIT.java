package jp.tradecert.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tradecert.account.Company;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Mailbox;
import jp.tradecert.it.TestData;
import jp.tradecert.payment.OneTimeAccount;
import jp.tradecert.platform.Clocks;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseMail;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox with a real SMTP server (GreenMail, started inside the test server where the mail
 * session points): mails are written with the change they report, nothing for a rolled-back change,
 * and each is delivered exactly once, also when the SMTP server was away for a while.
 */
@IntegrationTest
class MailOutboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withMailTests(MailOutboxIT.class);
    }

    @EJB
    private PurchaseService purchases;

    @EJB
    private MailOutbox outbox;

    @EJB
    private MailSender sender;

    @EJB
    private MailDelivery delivery;

    @EJB
    private MailAttempts attempts;

    @Inject
    private Clock clock;

    @Inject
    private TestData data;

    @Inject
    private Clocks clocks;

    @Resource
    private UserTransaction transaction;

    private final GreenMail smtp = new GreenMail(new ServerSetup(Deployments.SMTP_PORT, "127.0.0.1", "smtp"));
    private SignedInUser buyer;
    private String address;

    @BeforeEach
    void aBuyerWhoWantsMail() {
        Company company = data.company();
        buyer = data.userId(company, "カール・フリードリヒ・ツァイス");
        address = "buyer-" + company.getId() + "@kakogawa.example.jp";
    }

    @AfterEach
    void smtpStoppedClockBack() {
        smtp.stop();
        clocks.reset();
    }

    @Test
    void aBankOrderIsAcceptedByMailWithItsAccountAndDeadline() throws Exception {
        smtp.start();
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 2));
        OneTimeAccount account = purchases.accountOf(order).orElseThrow();

        sender.sendDue();

        List<MimeMessage> mails = Mailbox.to(smtp.getReceivedMessages(), address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo(
                "【貿易関係証明】クーポン購入のお申込みを受け付けました（注文番号 " + order.getOrderNumber().value() + "）");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(String.valueOf(mail.getContent())).contains("カール・フリードリヒ・ツァイス 様",
                "振込先口座番号　: " + account.number(), "64,900 円", "30枚綴りクーポン 31,900円 × 2",
                "振込口座有効期限: " + account.expiresOn().getYear() + "年");
        assertThat(mail.getHeader("Message-ID")[0]).startsWith("<outbox-");
    }

    @Test
    void aRolledBackOrderQueuesNoMail() throws Exception {
        smtp.start();
        transaction.begin();
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        long orderId = order.getId();
        assertThat(outbox.find("order_accepted:" + orderId)).as("queued inside the transaction").isPresent();
        transaction.rollback();

        assertThat(outbox.find("order_accepted:" + orderId)).isEmpty();
        sender.sendDue();
        assertThat(Mailbox.to(smtp.getReceivedMessages(), address)).isEmpty();
    }

    @Test
    void whileTheSmtpServerIsAwayMailsWaitAndEachIsDeliveredOnceWhenItIsBack() throws Exception {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(2, 0));
        purchases.cancel(buyer, order.getId());
        assertThat(outbox.ofOrder(order.getId())).extracting(PurchaseMail::of)
                .containsExactly(PurchaseMail.ORDER_ACCEPTED, PurchaseMail.ORDER_CANCELLED);

        sender.sendDue();
        assertThat(outbox.ofOrder(order.getId())).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
            assertThat(mail.getAttempts()).isEqualTo(1);
            assertThat(mail.getLastError()).isNotBlank();
        });

        smtp.start();
        sender.sendDue();
        assertThat(Mailbox.to(smtp.getReceivedMessages(), address)).as("not due again for a minute").isEmpty();

        clocks.advance(Duration.ofMinutes(1).plusSeconds(1));
        sender.sendDue();
        clocks.advance(Duration.ofHours(3));
        sender.sendDue();

        List<MimeMessage> mails = Mailbox.to(smtp.getReceivedMessages(), address);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "【貿易関係証明】クーポン購入のお申込みを受け付けました（注文番号 " + order.getOrderNumber().value() + "）",
                "【貿易関係証明】クーポン購入のご注文を取り消しました（注文番号 " + order.getOrderNumber().value() + "）");
        assertThat(outbox.ofOrder(order.getId())).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
            assertThat(mail.getAttempts()).isEqualTo(2);
        });
    }

    @Test
    void twoRoundsAtOnceSendAMailOnce() throws Exception {
        smtp.start();
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        long mailId = outbox.find("order_accepted:" + order.getId()).orElseThrow().getId();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> attempt = () -> delivery.attempt(mailId);
                attempts.add(threads.submit(attempt));
            }
            int sent = 0;
            for (Future<Boolean> attempt : attempts) {
                sent += attempt.get() ? 1 : 0;
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            threads.shutdown();
        }
        assertThat(Mailbox.to(smtp.getReceivedMessages(), address)).hasSize(1);
    }

    /**
     * The server stopped (or its commit failed) after the mail was handed to the SMTP server and before
     * that was recorded: the delivery log shows an attempt without an outcome. Once its lease has passed the
     * mail is sent again, with the same Message-ID, and the resend is counted.
     */
    @Test
    void aSendWhoseOutcomeWasNeverRecordedIsSentAgainWithTheSameMessageIdAndCounted() throws Exception {
        smtp.start();
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        long mailId = outbox.find("order_accepted:" + order.getId()).orElseThrow().getId();
        assertThat(attempts.claim(mailId)).as("claimed, then the server stopped").isPresent();

        assertThat(delivery.attempt(mailId)).as("another round while the attempt may be under way").isFalse();
        clocks.advance(MailAttempts.LEASE.plusSeconds(1));
        assertThat(delivery.attempt(mailId)).isTrue();
        assertThat(delivery.attempt(mailId)).as("once sent, never again").isFalse();

        OutboxMail mail = outbox.find("order_accepted:" + order.getId()).orElseThrow();
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getUncertainAttempts()).isOne();
        assertThat(mail.getSendingSince()).isNull();
        List<MimeMessage> mails = Mailbox.to(smtp.getReceivedMessages(), address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getHeader("Message-ID")).containsExactly("<outbox-" + mailId + "@coupons.tradecert.jp>");
    }

    /**
     * An SMTP server that refuses the address for good (550): the mail is dead at its first attempt, never
     * tried again, and the staff get a mail saying which one, to whom, and why.
     */
    @Test
    void aMailWhoseAddressIsRefusedForGoodIsDeadAtOnceAndTheStaffAreTold() throws Exception {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        long mailId = outbox.find("order_accepted:" + order.getId()).orElseThrow().getId();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(Deployments.SMTP_PORT)) {
            assertThat(delivery.attempt(mailId)).isFalse();
            assertThat(refusing.refused()).as("the server was asked").isOne();
        }
        OutboxMail dead = outbox.find("order_accepted:" + order.getId()).orElseThrow();
        assertThat(dead.getStatus()).isEqualTo(OutboxMail.Status.DEAD);
        assertThat(dead.getAttempts()).isOne();
        assertThat(dead.getDeadAt()).isNotNull();
        assertThat(dead.getLastError()).contains("550");

        OutboxMail alert = outbox.find("mail-undelivered:" + mailId).orElseThrow();
        smtp.start();
        clocks.advance(Duration.ofHours(3));
        assertThat(delivery.attempt(mailId)).as("a dead mail is not tried again").isFalse();
        assertThat(delivery.attempt(alert.getId())).isTrue();
        assertThat(Mailbox.to(smtp.getReceivedMessages(), address)).isEmpty();
        List<MimeMessage> told = Mailbox.to(smtp.getReceivedMessages(), "staff@localhost");
        assertThat(told).extracting(MimeMessage::getSubject)
                .containsExactly("【貿易関係証明】メールを配信できませんでした（" + address + "）");
        assertThat(String.valueOf(told.get(0).getContent())).contains(address, dead.getSubject(), "550", "試行回数: 1");
    }

    /** While the SMTP server stays away, a mail is tried with longer and longer waits, then given up. */
    @Test
    void aMailThatFailsEveryAttemptAllowedIsDeadAndTheStaffAreTold() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        long mailId = outbox.find("order_accepted:" + order.getId()).orElseThrow().getId();
        for (int attempt = 1; attempt <= 48; attempt++) {
            assertThat(delivery.attempt(mailId)).isFalse();
            clocks.advance(Duration.ofHours(1).plusSeconds(1));
        }
        OutboxMail dead = outbox.find("order_accepted:" + order.getId()).orElseThrow();
        assertThat(dead.getStatus()).isEqualTo(OutboxMail.Status.DEAD);
        assertThat(dead.getAttempts()).isEqualTo(48);
        assertThat(dead.getNextAttemptAt()).isNull();
        assertThat(outbox.find("mail-undelivered:" + mailId)).hasValueSatisfying(alert -> {
            assertThat(alert.getToAddress()).isEqualTo("staff@localhost");
            assertThat(alert.getBody()).contains("試行回数: 48");
        });
        assertThat(delivery.attempt(mailId)).isFalse();
        assertThat(outbox.find("order_accepted:" + order.getId()).orElseThrow().getAttempts()).isEqualTo(48);
    }

    @Test
    void overAndUnderpaymentsTellTheBuyerWhatIsOwedBack() {
        PurchaseOrder over = purchases.placeOrder(buyer, bank(1, 0));
        purchases.settle(over.getId(), 2_000, LocalDate.now(clock));
        assertThat(outbox.ofOrder(over.getId())).extracting(PurchaseMail::of).containsExactly(
                PurchaseMail.ORDER_ACCEPTED, PurchaseMail.COUPONS_ISSUED, PurchaseMail.REFUND_DUE);
        assertThat(outbox.ofOrder(over.getId()).get(2).getBody()).contains("ご入金額　　: 2,000 円",
                "返金対象額　: 900 円", "クーポンは発行しました");

        PurchaseOrder under = purchases.placeOrder(buyer, bank(1, 0));
        purchases.recordUnderpayment(under.getId(), 500);
        assertThat(outbox.ofOrder(under.getId())).extracting(PurchaseMail::of).containsExactly(
                PurchaseMail.ORDER_ACCEPTED, PurchaseMail.REFUND_DUE);
        assertThat(outbox.ofOrder(under.getId()).get(1).getBody()).contains("返金対象額　: 500 円",
                "クーポンは発行されません");
    }

    @Test
    void aBuyerWhoAskedForNoMailGetsNone() {
        PurchaseOrder order = purchases.placeOrder(buyer, new PurchaseRequest(
                Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 0), PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        purchases.cancel(buyer, order.getId());
        assertThat(outbox.ofOrder(order.getId())).isEmpty();
    }

    private PurchaseRequest bank(int singles, int booklets) {
        return new PurchaseRequest(Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets),
                PaymentMethod.BANK_TRANSFER, MailRequest.to(address));
    }

    /**
     * An SMTP server that takes the connection and refuses every recipient for good, as a server does for an
     * address it does not have ({@code 550 5.1.1}).
     */
    private static final class RefusingSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;
        private final AtomicInteger refused = new AtomicInteger();

        RefusingSmtpServer(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            thread = new Thread(this::serve, "refusing-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int refused() {
            return refused.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept();
                        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                                StandardCharsets.US_ASCII));
                        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
                    reply(out, "220 refusing.example ESMTP");
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command = line.toUpperCase(Locale.ROOT);
                        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                            reply(out, "250 refusing.example");
                        } else if (command.startsWith("RCPT")) {
                            refused.incrementAndGet();
                            reply(out, "550 5.1.1 No such user here");
                        } else if (command.startsWith("QUIT")) {
                            reply(out, "221 2.0.0 Bye");
                            break;
                        } else if (command.startsWith("DATA")) {
                            reply(out, "503 5.5.1 No valid recipients");
                        } else {
                            reply(out, "250 2.0.0 OK");
                        }
                    }
                } catch (IOException e) {
                    // closed, or the client went away: serve the next one, if any
                }
            }
        }

        private static void reply(Writer out, String line) throws IOException {
            out.write(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }
}
