package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.document.Pdf;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.platform.Clocks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the request form holds and what the chamber issues: the certificate's content kept and edited,
 * bad input refused at its field with nothing written, the certificate issued on approval with its
 * number and access code, printed within its window, and checked by anyone on the public page.
 */
@IntegrationTest
class CertificateIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CertificateIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private CertificateDocuments documents;

    @EJB
    private CertificateVerification verification;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    private Chamber chamber;
    private SignedInUser signer;
    private SignedInUser staff;

    @BeforeEach
    void aCompanyWithCoupons() {
        chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company, "カール・フリードリヒ・ツァイス");
        staff = data.staff(chamber);
        wallets.buy(signer, 3, 0);
    }

    @AfterEach
    void theClockIsBack() {
        clocks.reset();
    }

    @Test
    void theCertificatesContentIsKeptAndADraftOrAHeldApplicationCanBeCorrected() {
        CertificateApplication draft = applications.createDraft(signer, form(FeePayment.COUPON));
        assertThat(applications.get(signer, draft.getId()).getContent()).isEqualTo(Forms.content("Test Consignee Ltd.",
                "SN"));

        ApplicationForm corrected = new ApplicationForm(CertificateType.ORIGIN_JAPANESE, ItemCategory.FOOD, "AFRICA",
                "SN", "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス", "株式会社加古川自然食品", "担当 太郎",
                FeePayment.COUPON, Forms.content("Dakar Trading SARL", "SN"));
        applications.edit(signer, draft.getId(), corrected);
        assertThat(applications.get(signer, draft.getId()).getForm()).isEqualTo(corrected);

        applications.submit(signer, draft.getId(), 1);
        assertThatThrownBy(() -> applications.edit(signer, draft.getId(), corrected))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        applications.putOnHold(staff, draft.getId(), 1, "仕向国の記載を確認してください");
        ApplicationForm byCard = new ApplicationForm(CertificateType.ORIGIN_JAPANESE, ItemCategory.FOOD, "AFRICA",
                "SN", "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス", "株式会社加古川自然食品", "担当 太郎",
                FeePayment.CARD, Forms.content("Dakar Trading SARL", "SN"));
        assertThatThrownBy(() -> applications.edit(signer, draft.getId(), byCard))
                .as("the payment method cannot change once submitted")
                .isInstanceOf(IllegalApplicationTransitionException.class);
        applications.edit(signer, draft.getId(), corrected);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndWritesNothing() {
        long before = database.count("select count(*) from certificate_application where chamber_id = ?",
                chamber.getId());
        String tooLong = "x".repeat(10_000);
        assertThatThrownBy(() -> applications.createDraft(signer, new ApplicationForm(CertificateType.ORIGIN_JAPANESE,
                ItemCategory.FOOD, "AFRICA", "SN", tooLong, "a", "b", "c", FeePayment.COUPON,
                Forms.content("C", "SN")))).isInstanceOf(InvalidFieldException.class)
                .extracting("field", "problem").containsExactly("applicantName", InvalidFieldException.Problem.TOO_LONG);
        assertThatThrownBy(() -> Forms.content("Bad\u0000Name", "SN")).isInstanceOf(InvalidFieldException.class)
                .extracting("field", "problem")
                .containsExactly("consigneeName", InvalidFieldException.Problem.CONTROL_CHARACTERS);
        assertThatThrownBy(() -> new ApplicationForm(CertificateType.ORIGIN_JAPANESE, ItemCategory.FOOD, "ASIA", "SN",
                "a", "b", "c", "d", FeePayment.COUPON, Forms.content("C", "SN")))
                .as("Senegal is not in Asia").isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("destinationRegion");
        assertThat(database.count("select count(*) from certificate_application where chamber_id = ?",
                chamber.getId())).isEqualTo(before);
    }

    @Test
    void approvingACouponPaidApplicationIssuesANumberedCertificateThatAnyoneCanCheck() {
        CertificateApplication application = submitted();

        applications.approve(staff, application.getId());
        applications.approve(staff, application.getId());

        IssuedCertificate certificate = applications.certificateOf(signer, application.getId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        assertThat(certificate.getCertificateNumber()).isEqualTo(chamber.getCode().value() + "-000001");
        assertThat(certificate.getAccessCode()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        assertThat(certificate.getIssuedOn()).isEqualTo(today);
        assertThat(certificate.getPrintableUntil()).isEqualTo(today.plusDays(14));
        assertThat(database.count("select count(*) from issued_certificate where application_id = ?",
                application.getId())).as("approving twice issues once").isOne();

        CertificateVerification.Genuine genuine = verification.verify(certificate.getCertificateNumber(),
                certificate.getAccessCode().toLowerCase().replace("-", " "), today).orElseThrow();
        assertThat(genuine.certificateNumber()).isEqualTo(certificate.getCertificateNumber());
        assertThat(genuine.exporterName()).isEqualTo("株式会社加古川自然食品");
        assertThat(genuine.consigneeCountry()).isEqualTo("SN");
        assertThat(genuine.goods()).containsExactly("10 CARTONS OF DRIED SEAWEED");
        assertThat(verification.verify(certificate.getCertificateNumber(), certificate.getAccessCode(), null))
                .as("by the QR code's address, without the date").isPresent();

        assertThat(verification.verify(certificate.getCertificateNumber(), "AAAA-AAAA-AAAA", today)).isEmpty();
        assertThat(verification.verify(chamber.getCode().value() + "-999999", certificate.getAccessCode(), today))
                .isEmpty();
        assertThat(verification.verify(certificate.getCertificateNumber(), certificate.getAccessCode(),
                today.minusDays(1))).isEmpty();
    }

    @Test
    void theApplicantPrintsTheCertificateForFourteenDaysFromTheDayAfterIssuance() throws Exception {
        CertificateApplication application = submitted();
        applications.approve(staff, application.getId());
        IssuedCertificate certificate = applications.certificateOf(signer, application.getId()).orElseThrow();

        Pdf pdf = documents.certificate(signer, application.getId());
        assertThat(pdf.fileName()).isEqualTo("certificate-" + certificate.getCertificateNumber() + ".pdf");
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(documents.verificationUrl(certificate).toString())
                .endsWith("/verify.xhtml?number=" + certificate.getCertificateNumber() + "&code="
                        + certificate.getAccessCode());

        clocks.advance(Duration.ofDays(14));
        assertThat(documents.certificate(signer, application.getId()).content()).isNotEmpty();
        clocks.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> documents.certificate(signer, application.getId()))
                .isInstanceOf(CertificateNotPrintableException.class);
        SignedInUser stranger = data.userId(data.company(chamber, Membership.MEMBER));
        assertThatThrownBy(() -> documents.certificate(stranger, application.getId()))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    private CertificateApplication submitted() {
        CertificateApplication draft = applications.createDraft(signer, form(FeePayment.COUPON));
        return applications.submit(signer, draft.getId(), 1);
    }

    private static ApplicationForm form(FeePayment payment) {
        return Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN", "株式会社加古川自然食品",
                "カール・フリードリヒ・ツァイス", payment);
    }
}
