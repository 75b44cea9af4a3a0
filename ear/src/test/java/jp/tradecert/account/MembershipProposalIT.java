package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Races;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A change of membership is a money action under four eyes: a clerk previews the refund and proposes the
 * change, nothing happens until another supervisor approves it, and then the unused coupons are erased and
 * owed back exactly once, as previewed; one such proposal per company at a time; another chamber's staff
 * find no company.
 */
@IntegrationTest
class MembershipProposalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(MembershipProposalIT.class);
    }

    @EJB
    private Proposals proposals;

    @EJB
    private MembershipService memberships;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private LedgerService ledger;

    @EJB
    private ApplicationService applications;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    @Test
    void theRefundPreviewedIsTheRefundOwedOnceAnotherSupervisorApprovesTheChange() throws Exception {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SignedInUser clerk = data.staff(chamber);
        wallets.buy(signer, 2, 1);
        long application = applications.createDraft(signer, Forms.form(ItemCategory.SUNDRIES, "ASIA", "KR", "試験会社",
                "署名者", FeePayment.COUPON)).getId();
        applications.submit(signer, application, 1);

        MembershipService.RefundPreview preview = memberships.refundPreview(clerk, company.getId());
        long expected = database.count("select sum(case when kind = 'BOOKLET' and remaining > 0"
                + " then (remaining - 1) * unit_price_yen else remaining * unit_price_yen end)"
                + " from lot where company_id = ?", company.getId());
        assertThat(preview.coupons()).isEqualTo(31);
        assertThat(preview.booklets()).isOne();
        assertThat(preview.yen()).isEqualTo(expected).isPositive();

        Proposal proposal = proposals.proposeMembershipChange(clerk, company.getId(), Membership.NON_MEMBER,
                "会員退会のため");
        assertThat(proposal.getKind()).isEqualTo(ProposalKind.MEMBERSHIP_CHANGE);
        assertThat(proposal.getAmountYen()).isEqualTo(preview.yen());
        assertThat(directory.get(clerk, company.getId()).getMembership()).as("nothing changes before approval")
                .isEqualTo(Membership.MEMBER);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(31);
        assertThatThrownBy(() -> proposals.proposeMembershipChange(clerk, company.getId(), Membership.NON_MEMBER,
                "二度目")).as("one at a time").isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId())).as("a clerk does not approve")
                .isInstanceOf(SupervisorOnlyException.class);

        Races.approveAtOnce(proposals, List.of(data.supervisor(chamber), data.supervisor(chamber)), proposal.getId());

        assertThat(directory.get(clerk, company.getId()).getMembership()).isEqualTo(Membership.NON_MEMBER);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        List<RefundDue> refunds = ledger.refundsOf(company.getId()).stream()
                .filter(refund -> refund.getReason() == RefundReason.MEMBERSHIP_CHANGE).toList();
        assertThat(refunds).as("owed back once").hasSize(1);
        assertThat(refunds.get(0).getAmountYen()).isEqualTo(preview.yen());
        assertThat(memberships.historyOf(company.getId())).hasSize(1);
        assertThat(database.count("select count(*) from audit_event where action = 'MEMBERSHIP_CHANGE_PROPOSED'"
                + " and subject = ?", "proposal:" + proposal.getId())).isOne();
        assertThatThrownBy(() -> proposals.proposeMembershipChange(clerk, company.getId(), Membership.NON_MEMBER,
                "もう非会員")).as("the membership it has").isInstanceOf(ProposalRefusedException.class);
    }

    @Test
    void anotherChambersStaffFindNoCompanyToChange() {
        Company company = data.company(data.chamber(), Membership.MEMBER);
        SignedInUser otherClerk = data.staff(data.chamber());
        assertThatThrownBy(() -> proposals.proposeMembershipChange(otherClerk, company.getId(), Membership.NON_MEMBER,
                "理由")).isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> memberships.refundPreview(otherClerk, company.getId()))
                .isInstanceOf(CompanyNotFoundException.class);
        assertThat(database.count("select count(*) from proposal where company_id = ?", company.getId())).isZero();
    }
}
