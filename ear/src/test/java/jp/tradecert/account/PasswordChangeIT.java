package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import jp.tradecert.account.CompanyRegistration.InitialPassword;
import jp.tradecert.account.CompanyRegistration.NewAccount;
import jp.tradecert.account.CompanyRegistration.NewCompany;
import jp.tradecert.account.CompanyRegistration.Registered;
import jp.tradecert.account.PasswordRefusedException.Why;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.Test;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * An initial password must be replaced by one its holder chooses, which the policy checks; the current password
 * is asked for; the old one stops working; a hash stored at an older cost is made again at today's on sign-in.
 */
@IntegrationTest
class PasswordChangeIT {

    private static final String CHOSEN = "加古川の春は早い 2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PasswordChangeIT.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private CompanyRegistration registration;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Pbkdf2PasswordHash olderHash;

    private boolean mustChange(String principal) {
        return accounts.sessionState(principal).orElseThrow().mustChangePassword();
    }

    private static Why refusal(Runnable change) {
        PasswordRefusedException refused = catchThrowableOfType(change::run, PasswordRefusedException.class);
        return refused == null ? null : refused.why();
    }

    @Test
    void anInitialPasswordMustBeChangedAndTheHoldersOwnReplacesIt() {
        Chamber chamber = data.chamber();
        String code = chamber.getCode().value();
        Registered registered = registration.register(data.staff(chamber), new NewCompany(code + "777001",
                "初期食品株式会社", "Shoki Foods", null, Membership.MEMBER, new NewAccount("shoki-user", "署名 一郎"),
                new NewAccount("shoki-admin", "管理 二郎")));
        InitialPassword initial = registered.passwords().get(0);
        SignedInUser holder = accounts.authenticate(code, "shoki-user", initial.password().toCharArray()).orElseThrow();
        assertThat(mustChange(holder.principalName())).isTrue();
        assertThat(mustChange(code + "/shoki-admin")).isTrue();
        SignedInUser existing = data.userId(data.company(chamber, Membership.MEMBER));
        assertThat(mustChange(existing.principalName())).as("a password of one's own").isFalse();

        char[] current = initial.password().toCharArray();
        assertThat(refusal(() -> accounts.changePassword(holder, "wrong-password".toCharArray(), CHOSEN.toCharArray())))
                .isEqualTo(Why.CURRENT_WRONG);
        assertThat(refusal(() -> accounts.changePassword(holder, current, "password1234".toCharArray())))
                .isEqualTo(Why.COMMON);
        assertThat(refusal(() -> accounts.changePassword(holder, current, "short".toCharArray())))
                .isEqualTo(Why.TOO_SHORT);
        assertThat(refusal(() -> accounts.changePassword(holder, current, "my shoki-user pass".toCharArray())))
                .isEqualTo(Why.CONTAINS_ID);
        assertThat(refusal(() -> accounts.changePassword(holder, current, current))).as("14 characters, not common")
                .isEqualTo(Why.SAME_AS_CURRENT);
        assertThat(mustChange(holder.principalName())).as("nothing changed yet").isTrue();

        SessionState before = accounts.sessionState(holder.principalName()).orElseThrow();
        SessionState after = accounts.changePassword(holder, current, CHOSEN.toCharArray());

        assertThat(after.continues(before)).as("every session begun before the change ends").isFalse();
        assertThat(accounts.sessionState(holder.principalName())).hasValue(after);

        assertThat(mustChange(holder.principalName())).isFalse();
        assertThat(accounts.authenticate(code, "shoki-user", current)).as("the initial password").isEmpty();
        assertThat(accounts.authenticate(code, "shoki-user", CHOSEN.toCharArray())).isPresent();
        assertThat(mustChange(code + "/shoki-admin")).as("the other account's own").isTrue();
        assertThat(database.rows("select action, after_state from audit_event where subject = ?",
                "account:" + holder.accountId())).as("audited, without the password")
                .singleElement().satisfies(row -> {
                    assertThat(row[0]).isEqualTo("PASSWORD_CHANGED");
                    assertThat(String.valueOf(row[1])).isEqualTo(code + "/shoki-user").doesNotContain(CHOSEN);
                });
    }

    @Test
    void aDisabledAccountsSessionsHaveNothingToRestOn() throws Exception {
        SignedInUser user = data.userId(data.company());
        SessionState state = accounts.sessionState(user.principalName()).orElseThrow();
        assertThat(state.continues(state)).isTrue();
        assertThat(state.role()).isEqualTo(Role.USER);

        database.update("update user_account set enabled = false where id = ?", user.accountId());

        assertThat(accounts.sessionState(user.principalName())).isEmpty();
        assertThat(accounts.sessionState("no slash")).isEmpty();
    }

    @Test
    void aHashOfAnOlderCostIsMadeAgainAtTodaysOnTheNextSignIn() throws Exception {
        SignedInUser user = data.userId(data.company());
        olderHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        database.update("update user_account set password_hash = ? where id = ?",
                olderHash.generate(TestData.PASSWORD.toCharArray()), user.accountId());
        String code = user.chamberCode().value();

        assertThat(accounts.authenticate(code, user.loginId(), "not-the-password".toCharArray())).isEmpty();
        assertThat(hashOf(user)).as("a failed sign-in changes nothing").startsWith("PBKDF2WithHmacSHA256:120000:");
        assertThat(accounts.authenticate(code, user.loginId(), TestData.PASSWORD.toCharArray())).isPresent();
        assertThat(hashOf(user)).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(accounts.authenticate(code, user.loginId(), TestData.PASSWORD.toCharArray())).as("still the password")
                .isPresent();
    }

    private String hashOf(SignedInUser user) {
        return String.valueOf(database.rows("select password_hash from user_account where id = ?", user.accountId())
                .get(0)[0]);
    }
}
