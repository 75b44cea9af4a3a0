package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.document.Pdf;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees and moves which application: a sub ID only the ones it filed (not another user's of its
 * own company, not in the lists, not to edit, withdraw, submit or print), a user ID all of its
 * company's, nobody of another chamber any (its companies and its staff are told there is no such
 * application), and a company admin ID submits nothing.
 */
@IntegrationTest
class ApplicationIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ApplicationIsolationIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private ApplicationLists lists;

    @EJB
    private CertificateDocuments documents;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    private Chamber chamber;
    private Company company;
    private SignedInUser signer;
    private SignedInUser sub;
    private SignedInUser staff;

    /** The home chamber (as 2701 in the demo), and a company with a user ID, its sub ID and coupons. */
    @BeforeEach
    void aCompanyWithASubIdAndCoupons() {
        chamber = data.chamber(100);
        company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company, "カール・フリードリヒ・ツァイス");
        sub = data.subId(signer);
        staff = data.staff(chamber);
        wallets.buy(signer, 5, 0);
    }

    @AfterEach
    void invariantsHold() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void aSubIdCannotSeeEditWithdrawOrSubmitAnotherUsersApplication() {
        long bySigner = applications.createDraft(signer, form("株式会社加古川自然食品", FeePayment.COUPON)).getId();
        long submittedBySigner = submitted(signer);
        SignedInUser otherSub = data.subId(signer);
        long bySub = applications.createDraft(sub, form("代行業者の依頼", FeePayment.COUPON)).getId();
        ApplicationForm tampered = form("書き換え商事", FeePayment.COUPON);
        long balance = ledger.balanceOf(company.getId());

        for (long id : List.of(bySigner, submittedBySigner)) {
            assertThatThrownBy(() -> applications.get(sub, id)).isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.timeline(sub, id)).isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.certificateOf(sub, id))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.edit(sub, id, tampered))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.withdraw(sub, id)).isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.submit(sub, id, 1)).isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.submitForm(sub, id, null, 2, tampered))
                    .isInstanceOf(ApplicationNotFoundException.class);
        }
        assertThatThrownBy(() -> applications.get(otherSub, bySub)).as("another sub ID of the same user ID")
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.withdraw(otherSub, bySub))
                .isInstanceOf(ApplicationNotFoundException.class);

        CertificateApplication draft = applications.get(signer, bySigner);
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.getApplicantName()).isEqualTo("株式会社加古川自然食品");
        CertificateApplication submitted = applications.get(signer, submittedBySigner);
        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.getSubmissions()).isEqualTo(1);
        assertThat(applications.get(sub, bySub).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(balance);
        assertThat(database.count("select count(*) from application_move where application_id in (?, ?, ?)"
                + " and kind <> 'CREATED' and kind <> 'SUBMITTED'", bySigner, submittedBySigner, bySub)).isZero();
    }

    @Test
    void aSubIdListsOnlyWhatItFiledAndEveryUserIdOfTheCompanyListsAll() {
        SignedInUser secondSigner = data.userId(company);
        long bySigner = submitted(signer);
        long draftBySigner = applications.createDraft(signer, form("株式会社加古川自然食品", FeePayment.COUPON)).getId();
        long bySecondSigner = applications.createDraft(secondSigner, form("第二署名者", FeePayment.CARD)).getId();
        long bySub = applications.createDraft(sub, form("代行業者の依頼", FeePayment.COUPON)).getId();
        long receipt = applications.get(signer, bySigner).getReceiptNumber();

        assertThat(ids(lists.page(sub, ApplicationFilter.NONE, null, 100))).containsExactly(bySub);
        assertThat(lists.count(sub, ApplicationFilter.NONE)).isOne();
        assertThat(lists.page(sub, new ApplicationFilter(null, receipt, null, null, null), null, 100))
                .as("not even by another user's receipt number").isEmpty();
        assertThat(lists.count(sub, new ApplicationFilter(ApplicationStatus.SUBMITTED, null, null, null, null)))
                .isZero();

        for (SignedInUser userId : List.of(signer, secondSigner)) {
            assertThat(ids(lists.page(userId, ApplicationFilter.NONE, null, 100)))
                    .containsExactlyInAnyOrder(bySigner, draftBySigner, bySecondSigner, bySub);
            assertThat(lists.count(userId, ApplicationFilter.NONE)).isEqualTo(4);
            assertThat(ids(lists.page(userId, new ApplicationFilter(null, receipt, null, null, null), null, 100)))
                    .containsExactly(bySigner);
            for (long id : List.of(bySigner, draftBySigner, bySecondSigner, bySub)) {
                assertThat(applications.get(userId, id).getId()).isEqualTo(id);
            }
        }
        assertThat(applications.edit(signer, bySub, form("署名者が修正", FeePayment.COUPON)).getApplicantName())
                .as("a user ID may also correct its sub ID's application").isEqualTo("署名者が修正");
        assertThat(applications.submit(secondSigner, bySub, 1).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(ids(lists.page(sub, ApplicationFilter.NONE, null, 100))).containsExactly(bySub);
    }

    @Test
    void aSubIdCannotPrintAnotherUsersCertificateAndAUserIdPrintsAllOfTheCompanys() throws Exception {
        long bySigner = submitted(signer);
        applications.approve(staff, bySigner);
        long bySub = submitted(sub);
        applications.approve(staff, bySub);
        SignedInUser stranger = data.userId(data.company(chamber, Membership.MEMBER));

        assertThatThrownBy(() -> documents.certificate(sub, bySigner)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> documents.certificate(stranger, bySigner))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> documents.certificate(stranger, bySub)).isInstanceOf(ApplicationNotFoundException.class);

        String signersNumber = applications.certificateOf(signer, bySigner).orElseThrow().getCertificateNumber();
        String subsNumber = applications.certificateOf(sub, bySub).orElseThrow().getCertificateNumber();
        assertThat(subsNumber).isNotEqualTo(signersNumber);
        assertPdf(documents.certificate(signer, bySigner), signersNumber);
        assertPdf(documents.certificate(signer, bySub), subsNumber);
        assertPdf(documents.certificate(sub, bySub), subsNumber);
    }

    @Test
    void aCompanyAndTheStaffOfAnotherChamberFindNothingOfThisChamber() {
        long submitted = submitted(signer);
        long issued = submitted(signer);
        applications.approve(staff, issued);
        long draft = applications.createDraft(signer, form("株式会社加古川自然食品", FeePayment.COUPON)).getId();
        long balance = ledger.balanceOf(company.getId());
        // the other chamber (as 2801 in the demo), with a company of its own (as the demo's kobe-user)
        Chamber otherChamber = data.chamber();
        SignedInUser otherUser = data.userId(data.company(otherChamber, Membership.MEMBER));
        SignedInUser otherStaff = data.staff(otherChamber);

        for (long id : List.of(submitted, issued, draft)) {
            for (SignedInUser outsider : List.of(otherUser, otherStaff)) {
                assertThatThrownBy(() -> applications.get(outsider, id)).isInstanceOf(ApplicationNotFoundException.class);
                assertThatThrownBy(() -> applications.timeline(outsider, id))
                        .isInstanceOf(ApplicationNotFoundException.class);
                assertThatThrownBy(() -> applications.certificateOf(outsider, id))
                        .isInstanceOf(ApplicationNotFoundException.class);
                assertThatThrownBy(() -> documents.certificate(outsider, id))
                        .isInstanceOf(ApplicationNotFoundException.class);
            }
            assertThatThrownBy(() -> applications.putOnHold(otherStaff, id, 1, "不備"))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.approve(otherStaff, id))
                    .isInstanceOf(ApplicationNotFoundException.class);
            // a company user may hold or approve nothing at all; refused either way, and nothing moves
            assertThatThrownBy(() -> applications.putOnHold(otherUser, id, 1, "不備"))
                    .isInstanceOfAny(ApplicationNotFoundException.class, StaffOnlyException.class);
            assertThatThrownBy(() -> applications.approve(otherUser, id))
                    .isInstanceOfAny(ApplicationNotFoundException.class, StaffOnlyException.class);
            assertThatThrownBy(() -> applications.withdraw(otherUser, id))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.submit(otherUser, id, 2))
                    .isInstanceOf(ApplicationNotFoundException.class);
            assertThatThrownBy(() -> applications.edit(otherUser, id, form("書き換え商事", FeePayment.COUPON)))
                    .isInstanceOf(ApplicationNotFoundException.class);
        }
        assertThat(lists.page(otherUser, ApplicationFilter.NONE, null, 100)).isEmpty();
        assertThat(lists.count(otherUser, ApplicationFilter.NONE)).isZero();
        long receipt = applications.get(signer, submitted).getReceiptNumber();
        assertThat(lists.page(otherUser, new ApplicationFilter(null, receipt, null, null, null), null, 100))
                .isEmpty();
        assertThat(lists.reviewQueue(otherStaff, null, 100)).isEmpty();
        assertThat(lists.reviewCount(otherStaff)).isZero();
        assertThatThrownBy(() -> lists.page(otherStaff, ApplicationFilter.NONE, null, 100))
                .as("staff have no applicant's list").isInstanceOf(CouponsNotAllowedException.class);

        assertThat(ids(lists.reviewQueue(staff, null, 100))).containsExactly(submitted);
        assertThat(lists.reviewCount(staff)).isOne();
        assertThat(applications.get(signer, submitted).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.get(signer, submitted).getHolds()).isZero();
        assertThat(applications.get(signer, issued).getStatus()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(applications.get(signer, draft).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.get(signer, draft).getApplicantName()).isEqualTo("株式会社加古川自然食品");
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(balance);
        assertThat(applications.get(staff, submitted).getId()).as("the chamber's own staff see it").isEqualTo(submitted);
    }

    @Test
    void aCompanyAdminIdCannotSubmit() {
        SignedInUser admin = data.companyAdmin(company);
        long draft = applications.createDraft(signer, form("株式会社加古川自然食品", FeePayment.COUPON)).getId();
        long balance = ledger.balanceOf(company.getId());

        assertThatThrownBy(() -> applications.submit(admin, draft, 1)).isInstanceOf(CouponsNotAllowedException.class);
        assertThatThrownBy(() -> applications.submitForm(admin, draft, null, 1, form("管理者が修正", FeePayment.COUPON)))
                .isInstanceOf(CouponsNotAllowedException.class);
        assertThatThrownBy(() -> applications.submitForm(admin, null, "admin-form", 1,
                form("管理者の新規", FeePayment.COUPON))).isInstanceOf(CouponsNotAllowedException.class);
        assertThatThrownBy(() -> lists.page(admin, ApplicationFilter.NONE, null, 100))
                .isInstanceOf(CouponsNotAllowedException.class);

        CertificateApplication unchanged = applications.get(signer, draft);
        assertThat(unchanged.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(unchanged.getSubmissions()).isZero();
        assertThat(unchanged.getReceiptNumber()).isNull();
        assertThat(unchanged.getApplicantName()).as("the refused form saved nothing").isEqualTo("株式会社加古川自然食品");
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(balance);
        assertThat(database.count("select count(*) from certificate_application where company_id = ?",
                company.getId())).isOne();
        assertThat(database.count("select last_receipt_number from chamber where id = ?", chamber.getId()))
                .as("no receipt number drawn").isEqualTo(100);
    }

    private long submitted(SignedInUser applicant) {
        long id = applications.createDraft(applicant, form("株式会社加古川自然食品", FeePayment.COUPON)).getId();
        applications.submit(applicant, id, 1);
        return id;
    }

    private static void assertPdf(Pdf pdf, String certificateNumber) {
        assertThat(pdf.fileName()).isEqualTo("certificate-" + certificateNumber + ".pdf");
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");
    }

    private static List<Long> ids(List<CertificateApplication> page) {
        return page.stream().map(CertificateApplication::getId).toList();
    }

    private static ApplicationForm form(String applicantName, FeePayment payment) {
        return Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN", applicantName,
                "カール・フリードリヒ・ツァイス", payment);
    }
}
