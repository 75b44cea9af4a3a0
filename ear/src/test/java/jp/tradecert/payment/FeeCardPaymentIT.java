package jp.tradecert.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationNotFoundException;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.ApplicationStatus;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.document.Pdf;
import jp.tradecert.it.CardSandbox;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.payment.card.CardInquiry;
import jp.tradecert.payment.card.FeeCardPayment;
import jp.tradecert.payment.card.FeeCardPayments;
import jp.tradecert.payment.card.FeePaymentNotFoundException;
import jp.tradecert.payment.card.FeePaymentRecords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fees of approved card-paid applications paid by card against the sandbox provider: several in one
 * payment, issued once whoever reports the charge, a declined card leaving them approved to pay
 * again, and only the applications the payer may pay.
 */
@IntegrationTest
class FeeCardPaymentIT {

    private static final String SUCCESS = CardSandbox.SUCCESS;
    private static final String DECLINE = CardSandbox.DECLINE;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FeeCardPaymentIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private FeeCardPayments feePayments;

    @EJB
    private FeePaymentRecords records;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    private Company company;
    private SignedInUser signer;
    private SignedInUser staff;

    @BeforeEach
    void aCompanyThatPaysByCard() {
        Chamber chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company);
        staff = data.staff(chamber);
    }

    @AfterEach
    void invariantsHold() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void twoApprovedFeesPaidInOneCardPaymentAreIssuedOnceWithOneStatement() throws Exception {
        long first = approved(signer);
        long second = approved(signer);
        assertThat(applications.feesToPay(signer)).extracting(CertificateApplication::getId)
                .containsExactly(first, second);

        URI page = feePayments.paymentPage(signer, List.of(first, second));
        assertThat(feePayments.paymentPage(signer, List.of(second))).as("the payment under way, resumed")
                .isEqualTo(page);
        CardSandbox.pay(page, SUCCESS);

        FeeCardPayment payment = records.ofApplication(signer, first).orElseThrow();
        assertThat(payment.getStatus()).isEqualTo(FeeCardPayment.Status.PAID);
        assertThat(payment.getAmountYen()).isEqualTo(fee(first) + fee(second));
        assertThat(records.ofApplication(signer, second)).map(FeeCardPayment::getId).contains(payment.getId());
        assertThat(applications.get(signer, first).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(applications.get(signer, second).getStatus()).isEqualTo(ApplicationStatus.ISSUED);

        // the payer's return and the janitor after the notification change nothing
        assertThat(feePayments.confirm(signer, payment.getId()).getStatus()).isEqualTo(FeeCardPayment.Status.PAID);
        feePayments.confirm(payment.getId());
        assertThat(database.count("select count(*) from issued_certificate where application_id in (?, ?)",
                first, second)).isEqualTo(2);
        assertThat(database.count("select count(*) from fee_card_payment where company_id = ?", company.getId()))
                .isOne();
        assertThat(ledger.balanceOf(company.getId())).as("no coupon involved").isZero();
        assertThat(applications.feesToPay(signer)).isEmpty();

        Pdf statement = records.statement(signer, payment.getId());
        assertThat(statement.fileName()).isEqualTo("card-statement-" + payment.getPaymentNumber() + ".pdf");
        assertThat(new String(statement.content(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aDeclinedCardLeavesTheApplicationApprovedAndItsFeeIsPaidAgain() throws Exception {
        long id = approved(signer);

        CardSandbox.pay(feePayments.paymentPage(signer, List.of(id)), DECLINE);
        long declined = records.ofApplication(signer, id).orElseThrow().getId();
        // the payer's return asks the provider
        assertThat(feePayments.confirm(signer, declined).getStatus()).isEqualTo(FeeCardPayment.Status.FAILED);
        assertThatThrownBy(() -> records.statement(signer, declined)).as("no statement of an unpaid payment")
                .isInstanceOf(FeePaymentNotFoundException.class);

        assertThat(applications.get(signer, id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(signer, id).getFeePaymentId()).as("free to pay again").isNull();
        assertThat(applications.feesToPay(signer)).extracting(CertificateApplication::getId).containsExactly(id);

        CardSandbox.pay(feePayments.paymentPage(signer, List.of(id)), SUCCESS);
        assertThat(applications.get(signer, id).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(database.count("select count(*) from fee_card_payment where company_id = ? and status = 'FAILED'",
                company.getId())).isOne();
    }

    @Test
    void aSubIdPaysOnlyItsOwnFeesAndACompanyAdminIdNone() throws Exception {
        SignedInUser sub = data.subId(signer);
        long signers = approved(signer);
        long subs = approved(sub);

        assertThat(applications.feesToPay(sub)).extracting(CertificateApplication::getId).containsExactly(subs);
        assertThat(applications.feesToPay(signer)).extracting(CertificateApplication::getId)
                .containsExactly(signers, subs);
        assertThatThrownBy(() -> feePayments.paymentPage(sub, List.of(signers)))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> feePayments.paymentPage(sub, List.of(subs, signers)))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.get(sub, subs).getFeePaymentId()).as("nothing half started").isNull();

        SignedInUser admin = data.companyAdmin(company);
        assertThat(applications.feesToPay(admin)).isEmpty();
        assertThatThrownBy(() -> feePayments.paymentPage(admin, List.of(signers)))
                .isInstanceOf(CouponsNotAllowedException.class);

        SignedInUser stranger = data.userId(data.company(data.chamber(), Membership.MEMBER));
        assertThatThrownBy(() -> feePayments.paymentPage(stranger, List.of(signers)))
                .isInstanceOf(ApplicationNotFoundException.class);

        CardSandbox.pay(feePayments.paymentPage(sub, List.of(subs)), SUCCESS);
        long payment = records.ofApplication(sub, subs).orElseThrow().getId();
        assertThat(records.get(sub, payment).getStatus()).isEqualTo(FeeCardPayment.Status.PAID);
        assertThat(applications.get(signer, signers).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void aFeeNotApprovedOrPaidByCouponCannotBePaidByCard() {
        long submitted = applications.createDraft(signer, form(FeePayment.CARD)).getId();
        applications.submit(signer, submitted, 1);

        assertThatThrownBy(() -> feePayments.paymentPage(signer, List.of(submitted)))
                .hasStackTraceContaining("IllegalApplicationTransitionException");
        assertThat(database.count("select count(*) from fee_card_payment where company_id = ?", company.getId()))
                .as("rolled back whole").isZero();
    }

    @Test
    void aChargeOfAnotherAmountIssuesNothingIsOwedBackAndTheFeeIsToPayAgain() {
        long id = approved(signer);
        feePayments.paymentPage(signer, List.of(id));
        FeeCardPayment payment = records.ofApplication(signer, id).orElseThrow();
        CardInquiry less = new CardInquiry(CardInquiry.State.PAID, payment.getAmountYen() - 1);

        assertThat(records.apply(payment.getId(), less)).isEqualTo(FeeCardPayment.Status.MISMATCH);
        assertThat(records.apply(payment.getId(), less)).as("asked again: nothing more")
                .isEqualTo(FeeCardPayment.Status.MISMATCH);

        assertThat(applications.get(signer, id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(signer, id).getFeePaymentId()).as("to pay again").isNull();
        assertThat(database.count("select count(*) from refund_due where company_id = ? and reason = ?"
                + " and amount_yen = ?", company.getId(), RefundReason.CARD_AMOUNT_MISMATCH.name(),
                payment.getAmountYen() - 1)).isOne();
        assertThat(database.count("select count(*) from issued_certificate where application_id = ?", id)).isZero();
    }

    // --- helpers ---

    /** A card-paid application of {@code applicant}, submitted and approved by the chamber. */
    private long approved(SignedInUser applicant) {
        long id = applications.createDraft(applicant, form(FeePayment.CARD)).getId();
        applications.submit(applicant, id, 1);
        applications.approve(staff, id);
        return id;
    }

    private long fee(long applicationId) {
        return applications.get(signer, applicationId).getFeeYen();
    }

    private static jp.tradecert.application.ApplicationForm form(FeePayment payment) {
        return Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN", "株式会社加古川自然食品", "加古川 太郎", payment);
    }
}
