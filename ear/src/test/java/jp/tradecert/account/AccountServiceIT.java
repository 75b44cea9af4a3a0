package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.LedgerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Sign-in through the account service, against the demo data that every deployment loads once. */
@IntegrationTest
class AccountServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccountServiceIT.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private LedgerService ledger;

    @Inject
    private Database database;

    @Inject
    private TestData data;

    @Test
    void signerSignsInAtItsChamberAndSeesItsCompany() {
        SignedInUser user = accounts.authenticate("2701", "kakogawa-user", "demo1234".toCharArray()).orElseThrow();

        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.displayName()).isEqualTo("カール・フリードリヒ・ツァイス");
        assertThat(user.principalName()).isEqualTo("2701/kakogawa-user");
        assertThat(user.tradeRegistrationNumber()).isEqualTo(new TradeRegistrationNumber("2701000002"));
        assertThat(user.companyNameJa()).isEqualTo("加古川自然食品");
        // the demo data's ten coupons, less those of its submitted and issued applications
        assertThat(ledger.balanceOf(user.companyId())).isEqualTo(8);
    }

    @Test
    void aUserOfAnotherChamberCannotSignInWithThisChambersCode() {
        assertThat(accounts.authenticate("2701", "kobe-user", "demo1234".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("2801", "kobe-user", "demo1234".toCharArray()))
                .map(SignedInUser::companyNameJa).contains("神戸テスト貿易");
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedChamberCodeAllFailAlike() {
        assertThat(accounts.authenticate("2701", "kakogawa-user", "demo12345".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("2701", "nobody", "demo1234".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("9999", "kakogawa-user", "demo1234".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("27O1", "kakogawa-user", "demo1234".toCharArray())).isEmpty();
        assertThat(accounts.authenticate(null, null, new char[0])).isEmpty();
    }

    @Test
    void everyDemoRoleSignsIn() {
        assertThat(role("kakogawa-sub")).contains(Role.SUB);
        assertThat(role("kakogawa-admin")).contains(Role.COMPANY_ADMIN);
        assertThat(role("osaka-staff")).contains(Role.CHAMBER_STAFF);
        assertThat(accounts.getSignedInUser("2701/osaka-staff").hasCompany()).isFalse();
    }

    @Test
    void demoDataIsLoadedOnceWhateverTheNumberOfDeployments() {
        // every test class deploys the application again, and each deployment runs the demo loader
        assertThat(database.count("select count(*) from chamber where code = ?", "2701")).isOne();
        assertThat(database.count("select count(*) from user_account where login_id = ?", "kakogawa-user"))
                .isOne();
        assertThat(database.count("select count(*) from company where trade_registration_number = ?",
                "2701000002")).isOne();
        assertThat(database.count("select count(*) from wallet w join company c on c.id = w.company_id"
                + " where c.trade_registration_number = ?", "2701000002")).isOne();
    }

    @Test
    void chamberStaffSetTheAccountRefundsArePaidFrom() {
        Chamber chamber = data.chamber();
        SignedInUser staff = data.staff(chamber);
        SignedInUser signer = data.userId(data.company(chamber, Membership.MEMBER));
        RefundAccount account = new RefundAccount("三井住友銀行", "大阪本店営業部", RefundAccount.Type.ORDINARY, "1234567",
                "オオサカシヨウコウカイギシヨ");

        assertThat(accounts.getChamber(chamber.getCode()).getRefundAccount()).isEmpty();
        accounts.changeRefundAccount(staff, account);

        assertThat(accounts.getChamber(chamber.getCode()).getRefundAccount())
                .map(RefundAccount::getNumber).contains("1234567");
        assertThatThrownBy(() -> accounts.changeRefundAccount(signer, account))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> new RefundAccount("銀行", "支店", RefundAccount.Type.CURRENT, "123456", "名義"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperatorSignsInBelongsToNoCompanyAndNeitherBuysNorActsAsAChambersStaff() {
        Chamber office = data.chamber();
        accounts.createOperator(office, "jcci-operator", "日商 運用担当", "operator-pass".toCharArray());

        SignedInUser operator = accounts.authenticate(office.getCode().value(), "jcci-operator",
                "operator-pass".toCharArray()).orElseThrow();

        assertThat(operator.role()).isEqualTo(Role.OPERATOR);
        assertThat(operator.hasCompany()).isFalse();
        assertThat(operator.role().mayBuyOrUseCoupons()).isFalse();
        assertThatThrownBy(() -> accounts.changeRefundAccount(operator, new RefundAccount("銀行", "支店",
                RefundAccount.Type.ORDINARY, "1234567", "名義"))).isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> accounts.createOperator(office, "jcci-operator", "二人目", "x".toCharArray()))
                .as("a login ID is unique within its chamber").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPrincipalNameThatIsNoAccountIsRefused() {
        assertThatThrownBy(() -> accounts.getSignedInUser("2701/nobody"))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> accounts.getSignedInUser("no-slash"))
                .isInstanceOf(AccountNotFoundException.class);
    }

    private Optional<Role> role(String loginId) {
        return accounts.authenticate("2701", loginId, "demo1234".toCharArray()).map(SignedInUser::role);
    }
}
