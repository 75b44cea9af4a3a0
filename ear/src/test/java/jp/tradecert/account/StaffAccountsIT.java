package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * 職員管理: a supervisor changes another member's rank and stops or allows another member's ID, audited, and the
 * member's sessions end; nobody changes their own, a clerk changes nobody, and another chamber's staff (or a company's
 * ID) are "not found".
 */
@IntegrationTest
class StaffAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StaffAccountsIT.class);
    }

    @EJB
    private StaffAccounts staff;

    @EJB
    private AccountService accounts;

    @EJB
    private Proposals proposals;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Test
    void aClerkMadeASupervisorApprovesAndMadeAClerkAgainLosesItsSessionsEachTime() throws Exception {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser supervisor = data.supervisor(chamber);
        SignedInUser clerk = data.staff(chamber);
        SessionState before = accounts.sessionState(clerk.principalName()).orElseThrow();

        assertThat(staff.changeRank(supervisor, clerk.accountId(), StaffRank.SUPERVISOR).getStaffRank())
                .isEqualTo(StaffRank.SUPERVISOR);

        SessionState promoted = accounts.sessionState(clerk.principalName()).orElseThrow();
        assertThat(promoted.continues(before)).as("a session begun as a clerk ends").isFalse();
        SignedInUser signedInAgain = accounts.authenticate(chamber.getCode().value(), clerk.loginId(),
                TestData.PASSWORD.toCharArray()).orElseThrow();
        assertThat(signedInAgain.isSupervisor()).isTrue();
        Proposal proposal = proposals.proposeAdjustment(supervisor, company.getId(), 2, "補填");
        proposals.approve(signedInAgain, proposal.getId());
        assertThat(proposals.get(supervisor, proposal.getId()).getStatus()).as("the new supervisor's approval counts")
                .isEqualTo(ProposalStatus.APPROVED);

        staff.changeRank(supervisor, clerk.accountId(), StaffRank.SUPERVISOR);
        assertThat(audited(chamber, "STAFF_RANK_CHANGED")).as("the same rank again changes nothing").isEqualTo(1);
        assertThat(accounts.sessionState(clerk.principalName()).orElseThrow().continues(promoted)).isTrue();

        staff.changeRank(supervisor, clerk.accountId(), StaffRank.CLERK);
        assertThat(accounts.sessionState(clerk.principalName()).orElseThrow().continues(promoted))
                .as("a session begun as a supervisor ends").isFalse();
        SignedInUser clerkAgain = accounts.authenticate(chamber.getCode().value(), clerk.loginId(),
                TestData.PASSWORD.toCharArray()).orElseThrow();
        Proposal another = proposals.proposeAdjustment(supervisor, company.getId(), 1, "補填");
        assertThatThrownBy(() -> proposals.approve(clerkAgain, another.getId()))
                .isInstanceOf(SupervisorOnlyException.class);
        assertThat(audited(chamber, "STAFF_RANK_CHANGED")).isEqualTo(2);
        assertThat(database.count("select count(*) from audit_event where action = 'STAFF_RANK_CHANGED'"
                        + " and chamber_id = ? and before_state = ? and after_state = ?", chamber.getId(),
                clerk.loginId() + " SUPERVISOR", clerk.loginId() + " CLERK"))
                .as("who, before and after").isEqualTo(1);
    }

    @Test
    void aStoppedStaffIdSignsInNowhereUntilAnotherSupervisorAllowsItAgain() throws Exception {
        Chamber chamber = data.chamber();
        SignedInUser supervisor = data.supervisor(chamber);
        SignedInUser other = data.supervisor(chamber);
        String code = chamber.getCode().value();

        staff.setEnabled(supervisor, other.accountId(), false);
        staff.setEnabled(supervisor, other.accountId(), false);

        assertThat(accounts.authenticate(code, other.loginId(), TestData.PASSWORD.toCharArray())).isEmpty();
        assertThat(accounts.sessionState(other.principalName())).as("its sessions end").isEmpty();
        assertThat(audited(chamber, "ACCOUNT_DISABLED")).as("stopped once").isEqualTo(1);

        staff.setEnabled(supervisor, other.accountId(), true);
        assertThat(accounts.authenticate(code, other.loginId(), TestData.PASSWORD.toCharArray())).isPresent();
        assertThat(audited(chamber, "ACCOUNT_ENABLED")).isEqualTo(1);
    }

    @Test
    void nobodyChangesTheirOwnIdAClerkChangesNobodyAndOtherIdsAreNotFound() throws Exception {
        Chamber chamber = data.chamber();
        SignedInUser supervisor = data.supervisor(chamber);
        SignedInUser clerk = data.staff(chamber);
        SignedInUser signer = data.userId(data.company(chamber, Membership.MEMBER));
        Chamber elsewhere = data.chamber();
        SignedInUser outsider = data.supervisor(elsewhere);
        long supervisors = database.count("select count(*) from user_account where staff_rank = 'SUPERVISOR'");

        assertThatThrownBy(() -> staff.changeRank(supervisor, supervisor.accountId(), StaffRank.CLERK))
                .isInstanceOf(OwnAccountException.class);
        assertThatThrownBy(() -> staff.setEnabled(supervisor, supervisor.accountId(), false))
                .isInstanceOf(OwnAccountException.class);
        assertThatThrownBy(() -> staff.changeRank(clerk, supervisor.accountId(), StaffRank.CLERK))
                .isInstanceOf(SupervisorOnlyException.class);
        assertThatThrownBy(() -> staff.changeRank(clerk, clerk.accountId(), StaffRank.SUPERVISOR))
                .as("a clerk making itself a supervisor").isInstanceOf(SupervisorOnlyException.class);
        assertThatThrownBy(() -> staff.changeRank(outsider, clerk.accountId(), StaffRank.SUPERVISOR))
                .as("another chamber's member").isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> staff.setEnabled(outsider, supervisor.accountId(), false))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> staff.changeRank(supervisor, signer.accountId(), StaffRank.SUPERVISOR))
                .as("a company's user ID has no rank").isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> staff.changeRank(signer, clerk.accountId(), StaffRank.SUPERVISOR))
                .isInstanceOf(StaffOnlyException.class);

        assertThat(database.count("select count(*) from user_account where staff_rank = 'SUPERVISOR'"))
                .isEqualTo(supervisors);
        assertThat(database.count("select count(*) from user_account where chamber_id = ? and enabled = false",
                chamber.getId())).isZero();
        assertThat(audited(chamber, "STAFF_RANK_CHANGED") + audited(chamber, "ACCOUNT_DISABLED")).isZero();
    }

    @Test
    void theChambersStaffAndTheOperatorLookingAtItReadItsMembersAndNoOneElsesAndAnApplicantNone() throws Exception {
        Chamber chamber = data.chamber();
        SignedInUser supervisor = data.supervisor(chamber);
        SignedInUser clerk = data.staff(chamber);
        Chamber elsewhere = data.chamber();
        SignedInUser outsider = data.staff(elsewhere);
        String operatorId = "list-operator-" + System.nanoTime() % 1_000_000;
        accounts.createOperator(elsewhere, operatorId, "日商 運用担当", TestData.PASSWORD.toCharArray());
        SignedInUser operator = accounts.authenticate(elsewhere.getCode().value(), operatorId,
                TestData.PASSWORD.toCharArray()).orElseThrow();

        assertThat(staff.members(clerk)).extracting(UserAccount::getLoginId)
                .containsExactlyInAnyOrder(supervisor.loginId(), clerk.loginId());
        assertThat(staff.members(accounts.viewing(operator, chamber.getId()))).as("the operator looking at the chamber")
                .extracting(UserAccount::getLoginId).containsExactlyInAnyOrder(supervisor.loginId(), clerk.loginId());
        assertThatThrownBy(() -> staff.changeRank(accounts.viewing(operator, chamber.getId()), clerk.accountId(),
                StaffRank.SUPERVISOR)).as("and changes none").isInstanceOf(StaffOnlyException.class);
        assertThat(staff.members(outsider)).extracting(UserAccount::getLoginId)
                .doesNotContain(supervisor.loginId(), clerk.loginId());
        assertThatThrownBy(() -> staff.members(data.userId(data.company(chamber, Membership.MEMBER))))
                .isInstanceOf(StaffOnlyException.class);
    }

    private long audited(Chamber chamber, String action) throws Exception {
        return database.count("select count(*) from audit_event where chamber_id = ? and action = ?", chamber.getId(),
                action);
    }
}
