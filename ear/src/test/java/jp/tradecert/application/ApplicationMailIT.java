package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.it.Await;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Mailbox;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.notification.MailSender;
import jp.tradecert.notification.OutboxMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four mails of an application, delivered to a real SMTP server (GreenMail, as in MailOutboxIT):
 * each goes to the address of the account that filed the application, once per move, and says what
 * it must: the receipt number, the reason of a hold, the fee to pay by card, the certificate's number
 * and the last day it can be printed (14 days counted from the day after issuance).
 */
@IntegrationTest
class ApplicationMailIT {

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final String SIGNER_NAME = "カール・フリードリヒ・ツァイス";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withMailTests(ApplicationMailIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private AccountService accounts;

    @EJB
    private MailOutbox outbox;

    @EJB
    private MailSender sender;

    @Inject
    private Clock clock;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    private final GreenMail smtp = new GreenMail(new ServerSetup(Deployments.SMTP_PORT, "127.0.0.1", "smtp"));
    private Chamber chamber;
    private Company company;
    private SignedInUser signer;
    private SignedInUser sub;
    private SignedInUser staff;
    private String signersAddress;
    private String subsAddress;

    @BeforeEach
    void aSignerAndASubIdWithMailAddresses() {
        smtp.start();
        chamber = data.chamber(200);
        company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company, SIGNER_NAME);
        sub = data.subId(signer);
        staff = data.staff(chamber);
        signersAddress = "signer-" + company.getId() + "@kakogawa.example.jp";
        subsAddress = "forwarder-" + company.getId() + "@kakogawa.example.jp";
        giveAddress(signer, signersAddress);
        giveAddress(sub, subsAddress);
        wallets.buy(signer, 3, 0);
    }

    @AfterEach
    void smtpStopped() {
        smtp.stop();
    }

    @Test
    void aSubmissionIsConfirmedOnceToWhoeverFiledItWithItsReceiptNumber() {
        long bySub = draft(sub, FeePayment.COUPON);
        applications.submit(sub, bySub, 1);
        applications.submit(sub, bySub, 1);

        List<MimeMessage> mails = delivered(subsAddress, 1);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("【貿易関係証明】発給申請を受け付けました（受付番号 201）");
        assertThat(body(mails.get(0))).contains("代行業者 様",
                company.getNameJa() + " の下記の証明の発給申請を受け付けました",
                "受付番号\u3000: 201", "証明の種類: 原産地証明書（日本産）", "仕向地\u3000\u3000: セネガル",
                "証明手数料: クーポン 1 枚を使用しました", chamber.getNameJa());
        assertThat(Mailbox.to(smtp.getReceivedMessages(), signersAddress)).as("the user ID did not file it").isEmpty();

        long bySigner = draft(signer, FeePayment.COUPON);
        applications.submit(signer, bySigner, 1);
        List<MimeMessage> signers = delivered(signersAddress, 1);
        assertThat(signers).extracting(ApplicationMailIT::subject)
                .containsExactly("【貿易関係証明】発給申請を受け付けました（受付番号 202）");
        assertThat(body(signers.get(0))).contains(SIGNER_NAME + " 様", "受付番号\u3000: 202");

        SignedInUser withoutAddress = data.subId(signer);
        long silent = draft(withoutAddress, FeePayment.COUPON);
        applications.submit(withoutAddress, silent, 1);
        assertThat(outbox.ofApplication(silent)).as("a filer without an address gets no mail").isEmpty();
        assertThat(outbox.ofApplication(bySub)).extracting(OutboxMail::getKind, OutboxMail::getToAddress)
                .containsExactly(tuple("APPLICATION_SUBMITTED", subsAddress));
    }

    @Test
    void aHoldTellsTheReasonAndThatTheCouponCameBackAndTheResubmissionIsConfirmedAgain() {
        long id = draft(sub, FeePayment.COUPON);
        applications.submit(sub, id, 1);
        applications.putOnHold(staff, id, 1, "原産地の記載に不備があります");
        applications.putOnHold(staff, id, 1, "原産地の記載に不備があります");
        applications.submit(sub, id, 2);

        List<MimeMessage> mails = delivered(subsAddress, 3);
        assertThat(mails).extracting(ApplicationMailIT::subject).containsExactlyInAnyOrder(
                "【貿易関係証明】発給申請を受け付けました（受付番号 201）",
                "【貿易関係証明】発給申請を保留にしました（受付番号 201）",
                "【貿易関係証明】発給申請を受け付けました（受付番号 201）");
        MimeMessage hold = mails.stream().filter(mail -> subject(mail).contains("保留")).findFirst().orElseThrow();
        assertThat(body(hold)).contains("代行業者 様", company.getNameJa() + " の下記の発給申請は、次の理由により保留となりました",
                "受付番号\u3000: 201", "保留の理由: 原産地の記載に不備があります",
                "この申請で使用したクーポン 1 枚は残高に戻しました");
        assertThat(outbox.ofApplication(id)).extracting(OutboxMail::getKind).containsExactly(
                "APPLICATION_SUBMITTED", "APPLICATION_ON_HOLD", "APPLICATION_SUBMITTED");
        assertThat(Mailbox.to(smtp.getReceivedMessages(), signersAddress)).isEmpty();
    }

    @Test
    void anApprovedCardPaidApplicationAsksOnceForTheFeeAndIssuesNothingYet() {
        long id = draft(signer, FeePayment.CARD);
        applications.submit(signer, id, 1);
        applications.approve(staff, id);
        applications.approve(staff, id);

        List<MimeMessage> mails = delivered(signersAddress, 2);
        assertThat(mails).extracting(ApplicationMailIT::subject).containsExactlyInAnyOrder(
                "【貿易関係証明】発給申請を受け付けました（受付番号 201）",
                "【貿易関係証明】発給申請を承認しました。証明手数料のお支払いをお願いします（受付番号 201）");
        MimeMessage submitted = mails.stream().filter(mail -> subject(mail).contains("受け付けました"))
                .findFirst().orElseThrow();
        assertThat(body(submitted)).contains("証明手数料: 承認後にクレジットカードでお支払いください")
                .doesNotContain("クーポン 1 枚を使用しました");
        MimeMessage awaiting = mails.stream().filter(mail -> subject(mail).contains("承認")).findFirst().orElseThrow();
        assertThat(body(awaiting)).contains(SIGNER_NAME + " 様",
                "証明書は、証明手数料をクレジットカードでお支払いいただいた後に交付します", "受付番号\u3000: 201",
                "証明の種類: 原産地証明書（日本産）", "証明手数料: 1,100 円");
        assertThat(outbox.ofApplication(id)).extracting(OutboxMail::getKind)
                .containsExactly("APPLICATION_SUBMITTED", "APPLICATION_AWAITING_CARD");
    }

    @Test
    void anIssuedCertificateIsAnnouncedOnceWithItsNumberAndTheLastDayItCanBePrinted() {
        long id = draft(sub, FeePayment.COUPON);
        applications.submit(sub, id, 1);
        LocalDate before = LocalDate.now(clock);
        applications.approve(staff, id);
        applications.approve(staff, id);
        LocalDate after = LocalDate.now(clock);
        IssuedCertificate certificate = applications.certificateOf(sub, id).orElseThrow();
        LocalDate issuedOn = certificate.getIssuedOn();
        assertThat(issuedOn).isBetween(before, after);
        LocalDate lastDay = issuedOn.plusDays(14);
        assertThat(certificate.getPrintableUntil()).as("14 days counted from the day after issuance")
                .isEqualTo(lastDay);

        List<MimeMessage> mails = delivered(subsAddress, 2);
        MimeMessage issued = mails.stream().filter(mail -> subject(mail).contains("証明書を交付しました"))
                .findFirst().orElseThrow();
        assertThat(subject(issued)).isEqualTo(
                "【貿易関係証明】証明書を交付しました（証明書番号 " + certificate.getCertificateNumber() + "）");
        assertThat(certificate.getCertificateNumber()).isEqualTo(chamber.getCode().value() + "-000001");
        assertThat(body(issued)).contains("代行業者 様", "受付番号\u3000\u3000: 201",
                "証明書番号\u3000: " + certificate.getCertificateNumber(),
                "交付日\u3000\u3000\u3000: " + JAPANESE_DATE.format(issuedOn),
                "印刷期限\u3000\u3000: " + JAPANESE_DATE.format(lastDay),
                "「証明書印刷」から " + JAPANESE_DATE.format(lastDay) + " まで印刷できます");
        assertThat(outbox.ofApplication(id)).extracting(OutboxMail::getKind)
                .containsExactly("APPLICATION_SUBMITTED", "CERTIFICATE_ISSUED");
        assertThat(Mailbox.to(smtp.getReceivedMessages(), signersAddress)).isEmpty();
    }

    private long draft(SignedInUser applicant, FeePayment payment) {
        return applications.createDraft(applicant, Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN",
                "株式会社加古川自然食品", SIGNER_NAME, payment)).getId();
    }

    private void giveAddress(SignedInUser user, String address) {
        accounts.changeEmail(accounts.findAccount(user.chamberCode(), user.loginId()).orElseThrow(), address);
    }

    /**
     * The mails delivered to the address once {@code expected} have arrived (or when the time is up):
     * sends what is due, as the timer would, until then; then one more round, to show no mail comes twice.
     */
    private List<MimeMessage> delivered(String address, int expected) {
        Await.until(() -> {
            sender.sendDue();
            return Mailbox.to(smtp.getReceivedMessages(), address);
        }, mails -> mails.size() >= expected, Duration.ofSeconds(30));
        sender.sendDue();
        List<MimeMessage> mails = Mailbox.to(smtp.getReceivedMessages(), address);
        assertThat(mails).as("mails to " + address).hasSize(expected);
        return mails;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
