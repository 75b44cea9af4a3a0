package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Files made to hurt the reader: each is rejected as malformed, with a reason, in bounded time and
 * memory, before anything of it could reach the database. (A reader that gave up any other way would
 * stop the night's reconciliation for every chamber.)
 */
class HostileBankFilesTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>M1</MsgId><CreDtTm>2025-11-27T21:00:00+09:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>N1</Id>
                  <Acct><Id><Othr><Id>1234567</Id></Othr></Id><Ccy>JPY</Ccy></Acct>
            """;
    private static final String TAIL = "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
    /** Generous: the point is "not 54 seconds of CPU", the figure itself is printed. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static String entry(String amount, String reference, String remitter) {
        return "<Ntry><Amt Ccy=\"JPY\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
                + "<BookgDt><Dt>2025-11-27</Dt></BookgDt><AcctSvcrRef>" + reference + "</AcctSvcrRef>"
                + "<NtryDtls><TxDtls><Amt Ccy=\"JPY\">" + amount + "</Amt><RltdPties><Dbtr><Nm>" + remitter
                + "</Nm></Dbtr></RltdPties></TxDtls></NtryDtls></Ntry>";
    }

    @Test
    void aMegabyteOfNestingIsRefusedAtOnce() {
        String file = HEAD + "<a>".repeat(350_000) + TAIL;
        assertThat(file.length()).isGreaterThan(1_000_000);
        assertRefused(file, "nested deeper than 32");
    }

    @Test
    void anAmountWithAnExponentIsNoAmount() {
        assertRefused(HEAD + entry("1E+999999999", "R-1", "ｱ") + TAIL, "is no amount");
        assertRefused(HEAD + entry("1100", "R-1", "ｱ") + entry("1e9", "R-2", "ｲ") + TAIL, "is no amount");
        assertRefused(HEAD + entry("9999999999999999999999", "R-1", "ｱ") + TAIL, "is no amount");
    }

    @Test
    void aSummaryThatIsNoNumberIsRefused() {
        String sum = HEAD.replace("<Acct>", "<TxsSummry><TtlNtries><NbOfNtries>1</NbOfNtries><Sum>1E+99999999</Sum>"
                + "</TtlNtries></TxsSummry><Acct>") + entry("1100", "R-1", "ｱ") + TAIL;
        assertRefused(sum, "is no amount");
        String count = HEAD.replace("<Acct>", "<TxsSummry><TtlNtries><NbOfNtries>99999999999999999999999</NbOfNtries>"
                + "</TtlNtries></TxsSummry><Acct>") + entry("1100", "R-1", "ｱ") + TAIL;
        assertRefused(count, "is no count");
    }

    @Test
    void aFieldLongerThanItsColumnRejectsTheFileBeforeAnythingIsWritten() {
        assertRefused(HEAD + entry("1100", "R".repeat(300), "ｱ") + TAIL, "bank reference: longer than 170");
        assertRefused(HEAD + entry("1100", "R-1", "ｱ".repeat(201)) + TAIL, "remitter: longer than 200");
        assertRefused(HEAD.replace("1234567", "1".repeat(35)) + entry("1100", "R-1", "ｱ") + TAIL,
                "account: longer than 34");
    }

    @Test
    void aMegabyteOfTextInOneFieldIsRefused() {
        assertRefused(HEAD + entry("1100", "R-1", "ｱ".repeat(1_000_000)) + TAIL, "a text longer than 2000");
    }

    @Test
    void entitiesAreNeverExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <Document><BkToCstmrDbtCdtNtfctn><Ntfctn><Id>&lol3;</Id></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
                """;
        assertThatThrownBy(() -> check(laughs)).isInstanceOf(MalformedBankFileException.class);
    }

    private static void assertRefused(String file, String reason) {
        long started = System.nanoTime();
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> check(file))
                .isInstanceOf(MalformedBankFileException.class)
                .hasMessageContaining(reason));
        System.out.printf("refused (%s) a file of %,d bytes in %d ms%n", reason,
                file.getBytes(StandardCharsets.UTF_8).length, (System.nanoTime() - started) / 1_000_000);
    }

    private static BankFiles.FileSummary check(String file) {
        return BankFiles.check(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 11, 27));
    }
}
