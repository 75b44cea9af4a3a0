package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** camt.054 in yen, as a Japanese bank with virtual accounts would send it. */
class CamtReaderTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>GMOA-20251127-01</MsgId><CreDtTm>2025-11-27T21:00:00+09:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>N1</Id>
                  <Acct><Id><Othr><Id>1234567</Id></Othr></Id><Ccy>JPY</Ccy></Acct>
            """;
    private static final String TAIL = """
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """;

    private static String entry(String amount, String currency, String direction, boolean reversal, String status,
            String reference, String details) {
        return "<Ntry><Amt Ccy=\"" + currency + "\">" + amount + "</Amt><CdtDbtInd>" + direction + "</CdtDbtInd>"
                + (reversal ? "<RvslInd>true</RvslInd>" : "") + "<Sts><Cd>" + status + "</Cd></Sts>"
                + "<BookgDt><Dt>2025-11-27</Dt></BookgDt><ValDt><Dt>2025-11-26</Dt></ValDt>"
                + "<AcctSvcrRef>" + reference + "</AcctSvcrRef>" + details + "</Ntry>";
    }

    private static String transaction(String amount, String reference, String remitter) {
        return "<TxDtls><Refs><AcctSvcrRef>" + reference + "</AcctSvcrRef></Refs><Amt Ccy=\"JPY\">" + amount
                + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><RltdPties><Dbtr><Pty><Nm>" + remitter
                + "</Nm></Pty></Dbtr></RltdPties></TxDtls>";
    }

    @Test
    void yenCreditsAreDepositsToTheNotificationsAccount() {
        String file = HEAD
                + entry("64900", "JPY", "CRDT", false, "BOOK", "R-1", "<NtryDtls>"
                        + transaction("64900", "T-1", "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ") + "</NtryDtls>")
                + entry("4400", "JPY", "CRDT", false, "BOOK", "R-2", "<NtryDtls>"
                        + transaction("1100", "T-2", "ｱ") + transaction("3300", "T-3", "ｲ") + "</NtryDtls>")
                + entry("440", "JPY", "DBIT", false, "BOOK", "R-4", "")
                + entry("64900", "JPY", "CRDT", true, "BOOK", "R-5", "<NtryDtls>"
                        + transaction("64900", "T-1", "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ") + "</NtryDtls>")
                + TAIL;

        List<BankEntry> entries = read(file);

        assertThat(entries).extracting(entry -> (Deposit) entry).extracting(Deposit::bankReference, Deposit::account,
                Deposit::amountYen, Deposit::depositDate, Deposit::valueDate, Deposit::remitterName,
                Deposit::cancellation).containsExactly(
                tuple("camt:1234567:T-1", "1234567", 64_900L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 26),
                        "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", false),
                tuple("camt:1234567:T-2", "1234567", 1_100L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 26),
                        "ｱ", false),
                tuple("camt:1234567:T-3", "1234567", 3_300L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 26),
                        "ｲ", false),
                tuple("camt:1234567:T-1", "1234567", 64_900L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 26),
                        "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", true));
    }

    @Test
    void aPendingCreditOrAForeignOneIsReportedNotApplied() {
        String file = HEAD + entry("1100", "JPY", "CRDT", false, "PDNG", "R-1", "")
                + entry("10.00", "USD", "CRDT", false, "BOOK", "R-2", "") + TAIL;

        assertThat(read(file)).extracting(entry -> ((NotApplicable) entry).reason())
                .containsExactly("not booked (status PDNG)", "a credit in USD, not in yen");
    }

    @Test
    void aSummaryThatDisagreesIsRefused() {
        String file = HEAD.replace("<Acct>", "<TxsSummry><TtlNtries><NbOfNtries>2</NbOfNtries><Sum>1100</Sum>"
                + "</TtlNtries></TxsSummry><Acct>") + entry("1100", "JPY", "CRDT", false, "BOOK", "R-1", "") + TAIL;
        assertRefused(file, "TxsSummry/TtlNtries/NbOfNtries");
    }

    @Test
    void brokenFilesAreRefusedNamingWhatIsWrong() {
        assertRefused(HEAD + entry("11.50", "JPY", "CRDT", false, "BOOK", "R-1", "") + TAIL, "Amt");
        assertRefused(HEAD + "<Ntry><Amt Ccy=\"JPY\">1100</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>" + TAIL,
                "Ntry/BookgDt");
        assertRefused(HEAD + "<Ntry><Amt Ccy=\"JPY\">1100" + TAIL, "XML");
        assertRefused("<?xml version=\"1.0\"?><Document><Other/></Document>", "Document");
    }

    private static void assertRefused(String file, String field) {
        assertThatThrownBy(() -> BankFiles.check(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 11, 27)))
                .isInstanceOfSatisfying(MalformedBankFileException.class,
                        refused -> assertThat(refused.field()).isEqualTo(field));
    }

    private static List<BankEntry> read(String file) {
        List<BankEntry> entries = new ArrayList<>();
        try (BankFileReader reader = BankFiles.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 11, 27))) {
            for (BankEntry entry = reader.next(); entry != null; entry = reader.next()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
