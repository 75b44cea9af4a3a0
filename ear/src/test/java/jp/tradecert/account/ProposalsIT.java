package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Races;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InsufficientCouponsException;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.platform.ReasonRequiredException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four eyes on a balance adjustment: proposed by any staff member, in effect only once a supervisor of
 * the chamber other than the proposer approved it, exactly once however often or however many at once
 * approve it; never for another chamber, a clerk, the proposer, or after a rejection.
 */
@IntegrationTest
class ProposalsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ProposalsIT.class);
    }

    @EJB
    private Proposals proposals;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    private Chamber chamber;
    private Company company;
    private SignedInUser clerk;
    private SignedInUser supervisor;

    @BeforeEach
    void aChamberWithAClerkAndASupervisor() {
        chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        clerk = data.staff(chamber);
        supervisor = data.supervisor(chamber);
    }

    @AfterEach
    void theLedgerIsConsistent() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void aClerksProposalTakesEffectOnlyWhenASupervisorApprovesItAndOnlyOnce() {
        Proposal proposal = proposals.proposeAdjustment(clerk, company.getId(), 3, "システム障害の補填");
        assertThat(ledger.balanceOf(company.getId())).as("proposed, not in effect").isZero();
        assertThat(proposals.pending(clerk)).extracting(Proposal::getId).containsExactly(proposal.getId());

        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId()))
                .isInstanceOf(SupervisorOnlyException.class);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        assertThat(proposals.approve(supervisor, proposal.getId()).getStatus()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(proposals.approve(supervisor, proposal.getId()).getStatus()).as("approving again")
                .isEqualTo(ProposalStatus.APPROVED);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(3);
        assertThat(adjustments()).isOne();
        assertThat(proposals.pending(clerk)).isEmpty();
        assertThat(database.count("select count(*) from audit_event where subject = ?", "proposal:" + proposal.getId()))
                .as("proposed and approved, each audited once").isEqualTo(2);
    }

    @Test
    void theProposerNeverApprovesTheirOwnProposalNeitherHereNorInTheDatabase() {
        Proposal own = proposals.proposeAdjustment(supervisor, company.getId(), 2, "誤発行の補正");

        assertThatThrownBy(() -> proposals.approve(supervisor, own.getId()))
                .isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> proposals.reject(supervisor, own.getId()))
                .isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> database.update("update proposal set status = 'APPROVED', decided_by = proposed_by,"
                + " decided_at = current_timestamp where id = ?", own.getId()))
                .as("the database refuses it too").isInstanceOf(SQLException.class);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        SignedInUser another = data.supervisor(chamber);
        proposals.approve(another, own.getId());
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(2);
    }

    @Test
    void manySupervisorsApprovingAtOnceApplyItOnce() throws Exception {
        Proposal proposal = proposals.proposeAdjustment(clerk, company.getId(), 5, "一括補填");
        List<SignedInUser> supervisors = List.of(supervisor, data.supervisor(chamber), data.supervisor(chamber),
                data.supervisor(chamber));
        Races.approveAtOnce(proposals, supervisors, proposal.getId());
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(5);
        assertThat(adjustments()).isOne();
    }

    @Test
    void aRejectedProposalNeverTakesEffectAndARefusedApprovalLeavesItWaiting() {
        Proposal rejected = proposals.proposeAdjustment(clerk, company.getId(), 4, "重複申請");
        proposals.reject(supervisor, rejected.getId());
        assertThatThrownBy(() -> proposals.approve(supervisor, rejected.getId()))
                .isInstanceOf(ProposalRefusedException.class);

        Proposal tooMany = proposals.proposeAdjustment(clerk, company.getId(), -1, "誤発行の取消");
        assertThatThrownBy(() -> proposals.approve(supervisor, tooMany.getId()))
                .as("no coupon to take").isInstanceOf(InsufficientCouponsException.class);
        assertThat(proposals.get(clerk, tooMany.getId()).getStatus()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(adjustments()).isZero();
    }

    @Test
    void nothingOfAnotherChamberAndAReasonAlways() {
        Proposal proposal = proposals.proposeAdjustment(clerk, company.getId(), 1, "補填");
        Chamber other = data.chamber();
        SignedInUser theirSupervisor = data.supervisor(other);

        assertThatThrownBy(() -> proposals.approve(theirSupervisor, proposal.getId()))
                .isInstanceOf(ProposalNotFoundException.class);
        assertThatThrownBy(() -> proposals.proposeAdjustment(data.staff(other), company.getId(), 1, "補填"))
                .isInstanceOf(CompanyNotFoundException.class);
        assertThat(proposals.pending(theirSupervisor)).isEmpty();
        assertThatThrownBy(() -> proposals.proposeAdjustment(clerk, company.getId(), 1, " "))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> proposals.proposeAdjustment(data.userId(company), company.getId(), 1, "補填"))
                .isInstanceOf(StaffOnlyException.class);
        assertThat(ledger.balanceOf(company.getId())).isZero();
    }

    private long adjustments() {
        return database.count("select count(*) from ledger_entry where company_id = ? and type = 'CHAMBER_ADJUSTMENT'",
                company.getId());
    }
}
