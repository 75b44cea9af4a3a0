package jp.tradecert.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.setup.ChamberSetup.InitialPassword;
import jp.tradecert.setup.SetupFile.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupFileTest {

    /** Osaka with its accounts and two staff IDs, and the operator's office with no accounts. */
    static final String GOOD = """
            {"chambers": [
              {"code": "2701", "nameJa": "大阪商工会議所", "nameEn": "Osaka Chamber of Commerce and Industry",
               "accounts": {"bankCode": "0310", "bankName": "GMOあおぞらネット銀行", "branchCode": "101",
                            "branchName": "法人営業部", "holder": "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ", "first": 2701000, "last": 2701999},
               "staff": [{"loginId": "sato", "name": "佐藤 花子", "rank": "SUPERVISOR", "email": "sato@osaka.example.jp"},
                         {"loginId": "tanaka", "name": "田中 一郎", "rank": "clerk"}]},
              {"code": "0000", "nameJa": "日本商工会議所", "nameEn": "The Japan Chamber of Commerce and Industry",
               "staff": [{"loginId": "ops", "name": "運用担当", "rank": "OPERATOR"}]}
            ]}
            """;

    @Test
    void aGoodFileIsReadAsWrittenWithItsDefaults() {
        SetupFile file = SetupFile.read(GOOD);

        assertThat(file.chambers()).hasSize(2);
        SetupFile.ChamberEntry osaka = file.chambers().get(0);
        assertThat(osaka.code()).isEqualTo(new ChamberCode("2701"));
        assertThat(osaka.accounts()).hasValueSatisfying(range -> {
            assertThat(range.holder()).as("the bank's half-width kana kept").isEqualTo("GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ");
            assertThat(range.restDays()).as("the default rest").isEqualTo(180);
            assertThat(range.last() - range.first()).isEqualTo(999);
        });
        assertThat(osaka.staff()).extracting(SetupFile.StaffEntry::kind).containsExactly(Kind.SUPERVISOR, Kind.CLERK);
        assertThat(osaka.staff().get(1).email()).isNull();
        assertThat(file.chambers().get(1).accounts()).isEmpty();
        assertThat(file.chambers().get(1).staff().get(0).kind()).isEqualTo(Kind.OPERATOR);
    }

    @Test
    void eachProblemNamesItsEntryAndField() {
        refused("{\"chambers\": [", "the file: not JSON");
        refused("[]", "the file: not a JSON object");
        refused("{}", "chambers: a list is required");
        refused("{\"chambers\": []}", "chambers: no chamber");
        refused(GOOD.replace("\"2701\"", "\"27011\""), "chambers[0].code: 1 to 4 characters");
        refused(GOOD.replace("\"2701\"", "\"27a1\""), "chambers[0].code: a chamber's code is 4 digits");
        refused(GOOD.replace("\"0000\"", "\"2701\""), "chambers[1].code: 2701 is listed twice");
        refused(GOOD.replace("\"nameEn\": \"Osaka Chamber of Commerce and Industry\",", ""),
                "chambers[0].nameEn: a text is required");
        refused(GOOD.replace("大阪商工会議所", "大".repeat(101)), "chambers[0].nameJa: 1 to 100 characters");
        refused(GOOD.replace("\"0310\"", "\"310\""), "chambers[0].accounts.bankCode: a bank code is 4 digits");
        refused(GOOD.replace("\"101\"", "\"1010\""), "chambers[0].accounts.branchCode");
        refused(GOOD.replace("2701999", "2700999"), "chambers[0].accounts.last: the range ends before it starts");
        refused(GOOD.replace("2701999", "1e7"), "chambers[0].accounts.last: a whole number from 0 to 9999999");
        refused(GOOD.replace("2701999", "2701999.5"), "chambers[0].accounts.last: a whole number");
        refused(GOOD.replace("2701999", "\"2701999\""), "chambers[0].accounts.last: a whole number");
        refused(GOOD.replace("\"tanaka\"", "\"sato\""), "chambers[0].staff[1].loginId: sato is listed twice");
        refused(GOOD.replace("\"tanaka\"", "\"田中\""), "chambers[0].staff[1].loginId: 3 to 32 letters");
        refused(GOOD.replace("\"clerk\"", "\"CLARK\""), "chambers[0].staff[1].rank: CLERK, SUPERVISOR or OPERATOR");
        refused(GOOD.replace("sato@osaka.example.jp", "sato"), "chambers[0].staff[0].email: not a mail address");
        refused(GOOD.replace("\"staff\": [{\"loginId\": \"ops\"", "\"staff\": [1, {\"loginId\": \"ops\""),
                "chambers[1].staff[0]: not an object");
    }

    @Test
    void twoChambersOfTheFileNeverShareAnAccountNumberAtOneBranch() {
        refused(withKobe("101", 2701999, 2702999), "chambers[1].accounts: overlaps the accounts of chambers[0]");
        assertThat(SetupFile.read(withKobe("101", 2702000, 2702999)).chambers()).hasSize(3);
        assertThat(SetupFile.read(withKobe("102", 2701000, 2701999)).chambers())
                .as("the same numbers at another branch").hasSize(3);
    }

    /** {@link #GOOD} with a second chamber, Kobe, whose accounts are at bank 0310, that branch and range. */
    private static String withKobe(String branch, int first, int last) {
        String kobe = """
                {"code": "2801", "nameJa": "神戸商工会議所", "nameEn": "Kobe Chamber of Commerce and Industry",
                 "accounts": {"bankCode": "0310", "bankName": "GMOあおぞらネット銀行", "branchCode": "%s",
                              "branchName": "法人営業部", "holder": "GMO-EP*ｺｳﾍﾞ", "first": %d, "last": %d}},
                """.formatted(branch, first, last);
        return GOOD.replace("  {\"code\": \"0000\"", kobe + "  {\"code\": \"0000\"");
    }

    @Test
    void aFileLargerThanAMegabyteIsRefusedUnread() {
        byte[] huge = new byte[SetupFile.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> SetupFile.read(new ByteArrayInputStream(huge)))
                .isInstanceOf(SetupFileException.class).hasMessageContaining("larger than");
    }

    @Test
    void thePasswordsGoToANewFileOnlyTheServersUserReads(@TempDir Path directory) throws Exception {
        Instant now = Instant.parse("2026-12-07T01:02:03Z");
        Path file = InitialPasswordsFile.write(directory, now, List.of(
                new InitialPassword("2701", "sato", Kind.SUPERVISOR, "佐藤 花子", "Abcdefghjkmnpq")));

        assertThat(file.getFileName().toString()).isEqualTo("initial-passwords-20261207-100203.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).contains("2701\tsato\tSUPERVISOR\t佐藤 花子\tAbcdefghjkmnpq");
        assertThatThrownBy(() -> InitialPasswordsFile.write(directory, now, List.of()))
                .as("never over an earlier file").isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> SetupFile.read(json)).as(message).isInstanceOf(SetupFileException.class)
                .hasMessageStartingWith(message);
    }
}
