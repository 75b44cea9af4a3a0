package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Membership;
import jp.tradecert.account.RegistrationExpiredException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.ledger.InsufficientCouponsException;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Lot;
import jp.tradecert.platform.ReasonRequiredException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificate applications paid by coupon: consumption on submission, return on hold, resubmission,
 * withdrawal, approval, receipt numbers, and every repeated or illegal move.
 */
@IntegrationTest
class ApplicationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ApplicationIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private LedgerService ledger;

    @EJB
    private AccountService accounts;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private Clock clock;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    private Chamber chamber;
    private Company company;
    private SignedInUser signer;
    private SignedInUser staff;

    @BeforeEach
    void aCompanyWithOneSingleAndOneBooklet() {
        chamber = data.chamber(730);
        company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company, "カール・フリードリヒ・ツァイス");
        staff = data.staff(chamber);
        wallets.buy(signer, 1, 1);
    }

    @AfterEach
    void invariantsHold() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void submittingConsumesOneCouponAndGivesTheChambersNextReceiptNumber() {
        CertificateApplication draft = applications.createDraft(signer, form(FeePayment.COUPON));
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.getFeeYen()).isEqualTo(1_100);

        CertificateApplication submitted = applications.submit(signer, draft.getId(), 1);

        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.getReceiptNumber()).isEqualTo(731);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(30);
    }

    @Test
    void aDoubleClickOrARetrySubmitsOnce() {
        long id = applications.createDraft(signer, form(FeePayment.COUPON)).getId();

        applications.submit(signer, id, 1);
        applications.submit(signer, id, 1);
        applications.submit(signer, id, 1);

        assertThat(ledger.balanceOf(company.getId())).isEqualTo(30);
        assertThat(database.count("select count(*) from ledger_entry where application_id = ?", id)).isOne();
    }

    @Test
    void aHoldGivesTheCouponBackToItsLotAndAResubmissionConsumesAgain() {
        long first = submitted();   // from the single coupon's lot (the oldest)
        long second = submitted();  // from the booklet
        assertThat(remaining()).containsExactly(0, 29);

        applications.putOnHold(staff, first, 1, "原産地の記載に不備があります");
        applications.putOnHold(staff, first, 1, "原産地の記載に不備があります");
        assertThat(remaining()).containsExactly(1, 29);
        CertificateApplication held = applications.get(signer, first);
        assertThat(held.getStatus()).isEqualTo(ApplicationStatus.ON_HOLD);
        assertThat(held.getHoldReason()).isEqualTo("原産地の記載に不備があります");

        applications.submit(signer, first, 1);  // a late duplicate of the first submission: nothing
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(30);
        CertificateApplication resubmitted = applications.submit(signer, first, 2);

        assertThat(resubmitted.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(resubmitted.getSubmissions()).isEqualTo(2);
        assertThat(resubmitted.getReceiptNumber()).as("kept from the first submission").isEqualTo(731);
        assertThat(remaining()).containsExactly(0, 29);
        assertThat(applications.get(signer, second).getReceiptNumber()).isEqualTo(732);
    }

    @Test
    void withdrawingASubmittedApplicationGivesItsCouponBackOnce() {
        long id = submitted();

        applications.withdraw(signer, id);
        applications.withdraw(signer, id);

        assertThat(applications.get(signer, id).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(31);
        assertThatThrownBy(() -> applications.submit(signer, id, 2))
                .isInstanceOf(IllegalApplicationTransitionException.class);
    }

    @Test
    void withdrawingADraftOrAHeldApplicationMovesNoCoupon() {
        long draft = applications.createDraft(signer, form(FeePayment.COUPON)).getId();
        long held = submitted();
        applications.putOnHold(staff, held, 1, "不備");

        applications.withdraw(signer, draft);
        applications.withdraw(signer, held);

        assertThat(ledger.balanceOf(company.getId())).isEqualTo(31);
    }

    @Test
    void approvalIssuesACouponPaidCertificateAtOnce() {
        long id = submitted();

        CertificateApplication approved = applications.approve(staff, id);
        applications.approve(staff, id);

        assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(30);
        assertThatThrownBy(() -> applications.withdraw(signer, id))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> applications.putOnHold(staff, id, 1, "遅すぎる"))
                .isInstanceOf(IllegalApplicationTransitionException.class);
    }

    @Test
    void aCardPaidApplicationUsesNoCouponAndWaitsForPaymentAfterApproval() {
        long id = applications.createDraft(signer, form(FeePayment.CARD)).getId();

        applications.submit(signer, id, 1);
        CertificateApplication approved = applications.approve(staff, id);

        assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.getReceiptNumber()).isEqualTo(731);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(31);
    }

    @Test
    void illegalMovesAreRefused() {
        long draft = applications.createDraft(signer, form(FeePayment.COUPON)).getId();
        assertThatThrownBy(() -> applications.approve(staff, draft))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> applications.putOnHold(staff, draft, 1, "不備"))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> applications.submit(signer, draft, 2))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        long submitted = submitted();
        assertThatThrownBy(() -> applications.submit(signer, submitted, 2))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> applications.putOnHold(staff, submitted, 1, " "))
                .isInstanceOf(ReasonRequiredException.class);
    }

    @Test
    void onlyTheChambersStaffHoldOrApproveAndOtherChambersStaffFindNothing() {
        long id = submitted();
        SignedInUser otherStaff = data.staff(data.chamber());

        assertThatThrownBy(() -> applications.approve(signer, id)).isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> applications.approve(otherStaff, id)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.putOnHold(otherStaff, id, 1, "不備"))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.get(otherStaff, id)).isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.get(signer, id).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void withoutACouponTheSubmissionIsRefusedAndNothingChangesNotEvenTheReceiptNumbers() {
        submitted();
        for (int i = 0; i < 30; i++) {
            submitted();
        }
        long broke = applications.createDraft(signer, form(FeePayment.COUPON)).getId();

        assertThatThrownBy(() -> applications.submit(signer, broke, 1))
                .isInstanceOf(InsufficientCouponsException.class);

        CertificateApplication unchanged = applications.get(signer, broke);
        assertThat(unchanged.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(unchanged.getReceiptNumber()).isNull();
        assertThat(ledger.balanceOf(company.getId())).isZero();
        wallets.buy(signer, 1, 0);
        assertThat(applications.submit(signer, broke, 1).getReceiptNumber()).isEqualTo(731 + 31);
    }

    @Test
    void aSubIdSeesItsOwnApplicationsAUserIdAllOfTheCompanysAndNobodyElseAny() {
        SignedInUser sub = data.subId(signer);
        long bySigner = applications.createDraft(signer, form(FeePayment.COUPON)).getId();
        long bySub = applications.createDraft(sub, form(FeePayment.COUPON)).getId();
        SignedInUser stranger = data.userId(data.company(chamber, Membership.MEMBER));

        assertThat(applications.get(signer, bySub).getId()).isEqualTo(bySub);
        assertThat(applications.get(sub, bySub).getId()).isEqualTo(bySub);
        assertThatThrownBy(() -> applications.get(sub, bySigner)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(stranger, bySigner, 1))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.submit(sub, bySub, 1).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aCompanyAdminIdCannotApply() {
        SignedInUser admin = data.companyAdmin(company);
        assertThatThrownBy(() -> applications.createDraft(admin, form(FeePayment.COUPON)))
                .isInstanceOf(CouponsNotAllowedException.class);
    }

    @Test
    void aCompanyWhoseRegistrationLapsedCannotApply() {
        Company lapsed = accounts.registerCompany(TradeRegistrationNumber.of(chamber.getCode(),
                        900_000 + (int) (company.getId() % 90_000)), "期限切れ商事", "Lapsed Trading",
                company.getMembership(), LocalDate.now(clock).minusYears(3));
        SignedInUser lapsedSigner = data.userId(lapsed);
        assertThatThrownBy(() -> applications.createDraft(lapsedSigner, form(FeePayment.COUPON)))
                .isInstanceOf(RegistrationExpiredException.class);
    }

    private long submitted() {
        long id = applications.createDraft(signer, form(FeePayment.COUPON)).getId();
        applications.submit(signer, id, 1);
        return id;
    }

    private List<Integer> remaining() {
        return ledger.lotsOf(company.getId()).stream().map(Lot::getRemaining).toList();
    }

    static ApplicationForm form(FeePayment payment) {
        return Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN", "株式会社加古川自然食品",
                "カール・フリードリヒ・ツァイス", payment);
    }
}
