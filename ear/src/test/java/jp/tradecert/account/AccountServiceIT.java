package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
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

    @Test
    void signerSignsInAtItsChamberAndSeesItsCompany() {
        SignedInUser user = accounts.authenticate("2701", "kakogawa-user", "demo1234".toCharArray()).orElseThrow();

        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.displayName()).isEqualTo("カール・フリードリヒ・ツァイス");
        assertThat(user.principalName()).isEqualTo("2701/kakogawa-user");
        assertThat(user.tradeRegistrationNumber()).isEqualTo(new TradeRegistrationNumber("2701000002"));
        assertThat(user.companyNameJa()).isEqualTo("加古川自然食品");
        assertThat(ledger.balanceOf(user.companyId())).isZero();
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
