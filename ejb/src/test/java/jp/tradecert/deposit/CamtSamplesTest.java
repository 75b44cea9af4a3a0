package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The camt.054 and camt.053 files written by banks and other projects (src/samples/bank/SOURCES.md):
 * every one is read without error; none is in yen, so nothing is a deposit, and every credit is
 * reported as not applicable (never dropped); debits are skipped.
 */
class CamtSamplesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("bank.samples", "../src/samples/bank"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "camt054/postfinance-credit-single.camt054v04.xml, 1, CHF",
        "camt054/postfinance-credit-batch6.camt054v04.xml, 6, CHF",
        "camt054/postfinance-credit-qrref-2tx.camt054v04.xml, 2, CHF",
        "camt054/postfinance-esr-credits-and-fee.camt054v04.xml, 5, CHF",
        "camt054/postfinance-return-reversal.camt054v04.xml, 1, CHF",
        "camt054/fi-fffs-credit-advice-cr-only.camt054v02.xml, 7, EUR",
        "camt054/viafintech-credits-and-reversals.camt054v04.xml, 3, CHF",
        "camt054/genkgo-dbit-entry-crdt-txdtls.camt054v08.xml, 0, -",
        "camt053/postfinance-statement.camt053v04.xml, 4, CHF",
        "camt053/viafintech-multi-currency.camt053v08.xml, 2, CHF"})
    void everySampleIsReadAndItsForeignCreditsReported(String file, int credits, String currency) throws IOException {
        List<BankEntry> entries = read(SAMPLES.resolve(file));

        assertThat(entries).hasSize(credits).allSatisfy(entry -> {
            assertThat(entry).isInstanceOf(NotApplicable.class);
            NotApplicable foreign = (NotApplicable) entry;
            assertThat(foreign.currency()).isEqualTo(currency);
            assertThat(foreign.reason()).containsAnyOf("not in yen", "not booked");
            assertThat(foreign.bankReference()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "camt054/postfinance-return-reversal.camt054v04.xml, a reversal in CHF",
        "camt054/fi-fffs-credit-advice-cr-only.camt054v02.xml, not booked (status INFO)"})
    void reversalsAreNamedAsSuch(String file, String reason) throws IOException {
        assertThat(read(SAMPLES.resolve(file))).extracting(entry -> ((NotApplicable) entry).reason())
                .anySatisfy(text -> assertThat(text).startsWith(reason));
    }

    static List<BankEntry> read(Path file) throws IOException {
        List<BankEntry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); BankFileReader reader = BankFiles.open(in,
                LocalDate.of(2026, 11, 27))) {
            for (BankEntry entry = reader.next(); entry != null; entry = reader.next()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
