package jp.tradecert.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.WebForms;
import jp.tradecert.platform.Clocks;
import jp.tradecert.setup.ChamberSetup.InitialPassword;
import jp.tradecert.setup.ChamberSetup.Outcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A real installation's chambers from its setup file: registered with their one-time accounts, the standard prices
 * and their first staff IDs, whose initial passwords sign in and must be changed; applied again, nothing changes;
 * a later file only adds; a file that cannot be applied writes nothing at all.
 */
@IntegrationTest
class ChamberSetupIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ChamberSetupIT.class);
    }

    @EJB
    private ChamberSetup setup;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogService catalog;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    @Test
    void aChamberIsSetUpWithItsAccountsPricesAndFirstStaffOnceAndALaterFileOnlyAdds() throws Exception {
        String code = freeCode();
        int first = Integer.parseInt(code) * 100;
        String staff = """
                {"loginId": "sup-%1$s", "name": "佐藤 花子", "rank": "SUPERVISOR", "email": "sato@%1$s.example.jp"},
                {"loginId": "clerk-%1$s", "name": "田中 一郎", "rank": "CLERK"}""".formatted(code);

        Outcome outcome = setup.apply(SetupFile.read(file(code, first, staff)));

        assertThat(outcome.chambersRegistered()).containsExactly(code);
        assertThat(outcome.passwords()).extracting(InitialPassword::loginId)
                .containsExactly("sup-" + code, "clerk-" + code);
        Chamber chamber = accounts.findChamber(new ChamberCode(code)).orElseThrow();
        assertThat(chamber.getNameJa()).isEqualTo("試験設定商工会議所");
        assertThat(database.count("select count(*) from virtual_account where chamber_id = ? and bank_code = '9990'"
                + " and branch_code = '555'", chamber.getId())).as("its one-time accounts").isEqualTo(50);
        assertThat(catalog.priceList(chamber.getId(), Membership.MEMBER, LocalDate.now(clock.withZone(Clocks.TOKYO))))
                .as("the standard prices, from today").isNotEmpty();
        for (InitialPassword id : outcome.passwords()) {
            SignedInUser signedIn = accounts.authenticate(code, id.loginId(), id.password().toCharArray())
                    .orElseThrow(() -> new AssertionError(id.loginId() + " does not sign in"));
            assertThat(signedIn.isSupervisor()).isEqualTo(id.kind() == SetupFile.Kind.SUPERVISOR);
            assertThat(accounts.sessionState(signedIn.principalName()).orElseThrow().mustChangePassword())
                    .as("an initial password is changed at the first sign-in").isTrue();
            assertThat(id.password()).hasSize(14);
        }
        assertThat(accounts.findAccount(new ChamberCode(code), "sup-" + code).orElseThrow().getEmail())
                .isEqualTo("sato@" + code + ".example.jp");
        assertThat(audited(chamber, "CHAMBER_SET_UP")).as("the chamber, its accounts and prices").isEqualTo(2);
        assertThat(audited(chamber, "ACCOUNT_CREATED")).isEqualTo(2);

        Map<String, Long> before = counts(chamber);
        Outcome again = setup.apply(SetupFile.read(file(code, first, staff)));
        assertThat(again.chambersRegistered()).isEmpty();
        assertThat(again.passwords()).isEmpty();
        assertThat(counts(chamber)).as("the same file again changes nothing").isEqualTo(before);

        String later = staff.replace("\"rank\": \"SUPERVISOR\"", "\"rank\": \"CLERK\"") + """
                ,
                {"loginId": "clerk2-%s", "name": "鈴木 次郎", "rank": "CLERK"}""".formatted(code);
        Outcome added = setup.apply(SetupFile.read(file(code, first + 1_000, later).replace("試験設定商工会議所", "改名")));
        assertThat(added.passwords()).extracting(InitialPassword::loginId).containsExactly("clerk2-" + code);
        assertThat(accounts.findChamber(new ChamberCode(code)).orElseThrow().getNameJa()).as("names left as they are")
                .isEqualTo("試験設定商工会議所");
        assertThat(accounts.findAccount(new ChamberCode(code), "sup-" + code).orElseThrow().getStaffRank())
                .as("a rank is the console's to change").hasToString("SUPERVISOR");
        assertThat(database.count("select count(*) from virtual_account where chamber_id = ?", chamber.getId()))
                .as("its accounts left as they are").isEqualTo(50);
    }

    @Test
    void aFileThatCannotBeAppliedWritesNothingAtAll() throws Exception {
        Chamber existing = data.chamber();
        String code = freeCode();
        long accountsBefore = database.count("select count(*) from user_account");
        // a new chamber whose accounts share numbers with an existing chamber's, at the same bank and branch
        String clash = file(code, 0, """
                {"loginId": "sup-%s", "name": "佐藤 花子", "rank": "SUPERVISOR"}""".formatted(code))
                .replace("\"9990\"", "\"0310\"").replace("\"555\"", "\"101\"")
                .replace("\"first\": 0", "\"first\": " + (Integer.parseInt(existing.getCode().value()) * 1_000 + 10))
                .replace("\"last\": 49", "\"last\": " + (Integer.parseInt(existing.getCode().value()) * 1_000 + 20));

        assertThatThrownBy(() -> setup.apply(SetupFile.read(clash))).isInstanceOf(SetupFileException.class)
                .hasMessageStartingWith("chambers[0].accounts: another chamber's one-time accounts at bank 0310 branch 101");

        assertThat(accounts.findChamber(new ChamberCode(code))).as("the chamber rolled back").isEmpty();
        assertThat(database.count("select count(*) from user_account")).isEqualTo(accountsBefore);
    }

    @Test
    void anIdTheFileMadeOpensTheApiOnlyOnceItsHolderChoseAPassword() throws Exception {
        String code = freeCode();
        InitialPassword id = setup.apply(SetupFile.read(file(code, Integer.parseInt(code) * 100, """
                {"loginId": "api-%s", "name": "佐藤 花子", "rank": "CLERK"}""".formatted(code)))).passwords().get(0);
        String chosen = "Kakogawa-Minato-" + code;

        assertThat(api(code, id.loginId(), id.password())).as("the initial password, not yet changed").isEqualTo(401);
        assertThat(api(code, id.loginId(), id.password() + "x")).as("as a wrong one is").isEqualTo(401);

        SignedInUser holder = accounts.authenticate(code, id.loginId(), id.password().toCharArray()).orElseThrow();
        accounts.changePassword(holder, id.password().toCharArray(), chosen.toCharArray());
        assertThat(api(code, id.loginId(), chosen)).as("the password its holder chose").isEqualTo(200);
    }

    /** The status of the API's list of awaited transfers, asked with these credentials. */
    private static int api(String chamber, String loginId, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((chamber + "/" + loginId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(WebForms.BASE_URL + "api/admin/awaited-transfers"))
                .header("Authorization", "Basic " + credentials).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A setup file of one chamber with 50 one-time accounts at bank 9990, branch 555, from {@code first}. */
    private static String file(String code, int first, String staff) {
        return """
                {"chambers": [{"code": "%s", "nameJa": "試験設定商工会議所", "nameEn": "Set-up Test CCI",
                  "accounts": {"bankCode": "9990", "bankName": "試験銀行", "branchCode": "555", "branchName": "本店",
                               "holder": "ｼｹﾝｾﾂﾃｲ", "first": %d, "last": %d, "restDays": 30},
                  "staff": [%s]}]}""".formatted(code, first, first + 49, staff);
    }

    /** A chamber code nobody has: 1000 to 2699, below the test chambers' and the demo's. */
    private String freeCode() {
        String code;
        do {
            code = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 2700));
        } while (accounts.findChamber(new ChamberCode(code)).isPresent());
        return code;
    }

    private Map<String, Long> counts(Chamber chamber) throws Exception {
        return Map.of("accounts", database.count("select count(*) from user_account where chamber_id = ?", chamber.getId()),
                "one-time accounts", database.count("select count(*) from virtual_account where chamber_id = ?",
                        chamber.getId()),
                "prices", database.count("select count(*) from price where chamber_id = ?", chamber.getId()),
                "audit", database.count("select count(*) from audit_event where chamber_id = ?", chamber.getId()));
    }

    private long audited(Chamber chamber, String action) throws Exception {
        return database.count("select count(*) from audit_event where chamber_id = ? and action = ?", chamber.getId(),
                action);
    }
}
