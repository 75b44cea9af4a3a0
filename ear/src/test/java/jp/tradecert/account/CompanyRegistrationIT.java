package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import jp.tradecert.account.CompanyRegistration.InitialPassword;
import jp.tradecert.account.CompanyRegistration.NewAccount;
import jp.tradecert.account.CompanyRegistration.NewCompany;
import jp.tradecert.account.CompanyRegistration.Registered;
import jp.tradecert.account.RegistrationRefusedException.Why;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.LedgerService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A clerk registers a company with its user ID and admin ID, whose initial passwords (shown once) sign
 * in; adds a sub ID; every refusal (number, name, login ID) writes nothing; another chamber's staff
 * cannot add to the company and an applicant cannot register one.
 */
@IntegrationTest
class CompanyRegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CompanyRegistrationIT.class);
    }

    @EJB
    private CompanyRegistration registration;

    @EJB
    private AccountService accounts;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private LedgerService ledger;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    private Chamber chamber;
    private SignedInUser clerk;
    private String code;

    @BeforeEach
    void aChamberAndItsClerk() {
        chamber = data.chamber();
        clerk = data.staff(chamber);
        code = chamber.getCode().value();
    }

    private NewCompany form(String number, String userLogin, String adminLogin) {
        return new NewCompany(number, "新規食品株式会社", "Shinki Foods Co., Ltd.", "しんき しょくひん", Membership.MEMBER,
                new NewAccount(userLogin, "署名 太郎"), new NewAccount(adminLogin, "管理 花子"));
    }

    @Test
    void aRegisteredCompanysUserIdAndAdminIdSignInWithTheirInitialPasswords() throws Exception {
        // typed with full-width digits and spaces around, as a clerk might
        Registered registered = registration.register(clerk, form(" " + toFullWidth(code + "999001") + " ",
                "shinki-user", "shinki-admin"));

        Company company = directory.get(clerk, registered.companyId());
        assertThat(company.getTradeRegistrationNumber().value()).isEqualTo(code + "999001");
        assertThat(company.getNameJa()).isEqualTo("新規食品株式会社");
        assertThat(company.getMembership()).isEqualTo(Membership.MEMBER);
        assertThat(company.getNameKana()).as("typed in hiragana with a space").isEqualTo("シンキショクヒン");
        for (String typed : List.of("シンキ", "しょくひん", "ｼﾝｷｼｮｸﾋﾝ", "新規食品", "shinki foods")) {
            assertThat(directory.search(clerk, typed, null, 10)).as(typed).extracting(Company::getId)
                    .containsExactly(company.getId());
        }
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(registered.passwords()).extracting(InitialPassword::loginId, InitialPassword::role)
                .containsExactly(tuple("shinki-user", Role.USER), tuple("shinki-admin", Role.COMPANY_ADMIN));
        for (InitialPassword initial : registered.passwords()) {
            assertThat(initial.password()).hasSize(14).matches("[A-HJ-NP-Za-km-z2-9]+");
            SignedInUser signedIn = accounts.authenticate(code, initial.loginId(), initial.password().toCharArray())
                    .orElseThrow();
            assertThat(signedIn.role()).isEqualTo(initial.role());
            assertThat(database.count("select count(*) from user_account where login_id = ? and password_hash like ?",
                    initial.loginId(), "%" + initial.password() + "%")).as("only the hash is kept").isZero();
        }
        assertThat(registered.passwords().get(0).password()).isNotEqualTo(registered.passwords().get(1).password());
        assertThat(database.count("select count(*) from audit_event where action = 'COMPANY_REGISTERED'"
                + " and subject = ?", "company:" + company.getId())).isOne();

        InitialPassword sub = registration.addAccount(clerk, company.getId(), Role.SUB,
                new NewAccount("shinki-agent", "通関業者"), "shinki-user");
        SignedInUser agent = accounts.authenticate(code, "shinki-agent", sub.password().toCharArray()).orElseThrow();
        assertThat(agent.role()).isEqualTo(Role.SUB);
        assertThat(agent.companyId()).isEqualTo(company.getId());
        assertThat(database.count("select count(*) from audit_event where action = 'ACCOUNT_CREATED'"
                + " and subject = ?", "company:" + company.getId())).isOne();
    }

    @Test
    void everyRefusalSaysWhyAndWritesNothing() {
        Company existing = data.company(chamber, Membership.MEMBER);
        String takenLogin = data.userId(existing, "既存の署名者").loginId();
        long companies = database.count("select count(*) from company");
        long users = database.count("select count(*) from user_account");

        refused(() -> registration.register(clerk, form("12345", "a-user", "a-admin")), Why.NUMBER_FORMAT);
        refused(() -> registration.register(clerk, form("9999999001", "a-user", "a-admin")),
                Why.NUMBER_OF_ANOTHER_CHAMBER);
        refused(() -> registration.register(clerk, form(existing.getTradeRegistrationNumber().value(), "a-user",
                "a-admin")), Why.NUMBER_TAKEN);
        refused(() -> registration.register(clerk, form(code + "999002", takenLogin, "a-admin")), Why.LOGIN_ID_TAKEN);
        refused(() -> registration.register(clerk, form(code + "999002", "same-id", "same-id")), Why.LOGIN_ID_TAKEN);
        refused(() -> registration.register(clerk, form(code + "999002", "x", "a-admin")), Why.LOGIN_ID_FORMAT);
        refused(() -> registration.register(clerk, form(code + "999002", "名前", "a-admin")), Why.LOGIN_ID_FORMAT);
        refused(() -> registration.register(clerk, new NewCompany(code + "999002", " ", "Name", null, Membership.MEMBER,
                new NewAccount("a-user", "署名"), new NewAccount("a-admin", "管理"))), Why.NAME);
        refused(() -> registration.register(clerk, new NewCompany(code + "999002", "名", "x".repeat(201), null,
                Membership.MEMBER, new NewAccount("a-user", "署名"), new NewAccount("a-admin", "管理"))), Why.NAME);
        refused(() -> registration.register(clerk, new NewCompany(code + "999002", "名", "Name", "Shinki",
                Membership.MEMBER, new NewAccount("a-user", "署名"), new NewAccount("a-admin", "管理"))), Why.KANA);
        refused(() -> registration.addAccount(clerk, existing.getId(), Role.SUB, new NewAccount("a-sub", "代行"),
                "nobody"), Why.NO_SUCH_USER_ID);

        assertThat(database.count("select count(*) from company")).isEqualTo(companies);
        assertThat(database.count("select count(*) from user_account")).isEqualTo(users);
    }

    @Test
    void anotherChambersStaffAddNothingAndAnApplicantRegistersNothing() {
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser otherStaff = data.staff(data.chamber());
        assertThatThrownBy(() -> registration.addAccount(otherStaff, company.getId(), Role.USER,
                new NewAccount("intruder", "侵入者"), null)).isInstanceOf(CompanyNotFoundException.class);
        SignedInUser applicant = data.userId(company);
        assertThatThrownBy(() -> registration.register(applicant, form(code + "999003", "b-user", "b-admin")))
                .isInstanceOf(StaffOnlyException.class);
        assertThat(accounts.findAccount(chamber.getCode(), "intruder")).isEmpty();
        assertThat(accounts.findAccount(chamber.getCode(), "b-user")).isEmpty();
    }

    @Test
    void aStoppedIdSignsInNowhereUntilAllowedAgainAndOnlyItsCompanysIdsCanBeStopped() throws Exception {
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SessionState before = accounts.sessionState(signer.principalName()).orElseThrow();

        registration.setEnabled(clerk, company.getId(), signer.accountId(), false);

        assertThat(accounts.authenticate(code, signer.loginId(), TestData.PASSWORD.toCharArray())).isEmpty();
        assertThat(accounts.sessionState(signer.principalName())).as("its sessions end").isEmpty();
        registration.setEnabled(clerk, company.getId(), signer.accountId(), false);
        assertThat(database.count("select count(*) from audit_event where action = 'ACCOUNT_DISABLED' and subject = ?",
                "company:" + company.getId())).as("stopped once").isEqualTo(1);

        registration.setEnabled(clerk, company.getId(), signer.accountId(), true);

        assertThat(accounts.authenticate(code, signer.loginId(), TestData.PASSWORD.toCharArray())).isPresent();
        assertThat(accounts.sessionState(signer.principalName()).orElseThrow().continues(before))
                .as("a session begun before the stop does not come back").isFalse();
        assertThat(database.count("select count(*) from audit_event where action = 'ACCOUNT_ENABLED' and subject = ?",
                "company:" + company.getId())).isEqualTo(1);

        Company other = data.company(chamber, Membership.MEMBER);
        assertThatThrownBy(() -> registration.setEnabled(clerk, other.getId(), signer.accountId(), false))
                .as("an ID of another company, named through this one").isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> registration.setEnabled(clerk, company.getId(), clerk.accountId(), false))
                .as("staff are no company's").isInstanceOf(AccountNotFoundException.class);
        assertThat(accounts.sessionState(signer.principalName())).isPresent();
    }

    private static void refused(ThrowingCallable call, Why why) {
        Consumer<Throwable> saysWhy = thrown -> assertThat(((RegistrationRefusedException) thrown).why()).isEqualTo(why);
        assertThatThrownBy(call).as(why.name()).isInstanceOf(RegistrationRefusedException.class).satisfies(saysWhy::accept);
    }

    private static String toFullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) ('０' + (c - '0'))));
        return wide.toString();
    }
}
