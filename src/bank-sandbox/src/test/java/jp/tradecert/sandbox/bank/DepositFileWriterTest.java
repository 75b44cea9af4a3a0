package jp.tradecert.sandbox.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.deposit.BankEntry;
import jp.tradecert.deposit.BankFileReader;
import jp.tradecert.deposit.BankFiles;
import jp.tradecert.deposit.Deposit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sandbox's files, read back by the application's own readers (which check every total). */
class DepositFileWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final List<AwaitedTransfer> AWAITED = List.of(
            new AwaitedTransfer("20261127270100000200001", 64_900, "2701000"),
            new AwaitedTransfer("20261127270100000300001", 1_100, "2701001"));

    @ParameterizedTest
    @EnumSource(DepositFileWriter.class)
    void exactOverAndUnderCreditsReadBackAsDepositsToTheirAccounts(DepositFileWriter format) {
        assertThat(read(format, Scenario.EXACT.credits(AWAITED)))
                .extracting(Deposit::account, Deposit::amountYen, Deposit::depositDate, Deposit::cancellation)
                .containsExactly(tuple("2701000", 64_900L, DAY, false), tuple("2701001", 1_100L, DAY, false));
        assertThat(read(format, Scenario.OVER.credits(AWAITED))).extracting(Deposit::amountYen)
                .containsExactly(65_900L, 2_100L);
        assertThat(read(format, Scenario.UNDER.credits(AWAITED))).extracting(Deposit::amountYen)
                .containsExactly(63_900L, 100L);
        assertThat(read(format, Scenario.UNKNOWN.credits(AWAITED))).extracting(Deposit::account)
                .containsExactly(Scenario.UNKNOWN_ACCOUNT);
    }

    @ParameterizedTest
    @EnumSource(value = DepositFileWriter.class, names = {"ZENGIN01", "CAMT054"})
    void aCancellationUndoesItsCreditByTheSameBankReference(DepositFileWriter format) {
        List<Deposit> deposits = read(format, Scenario.CANCELLATION.credits(AWAITED));

        assertThat(deposits).extracting(Deposit::account, Deposit::cancellation).containsExactly(
                tuple("2701000", false), tuple("2701000", true), tuple("2701001", false), tuple("2701001", true));
        assertThat(deposits.get(1).bankReference()).isEqualTo(deposits.get(0).bankReference());
        assertThat(deposits.get(2).bankReference()).isNotEqualTo(deposits.get(0).bankReference());
    }

    @Test
    void zenginFilesAre200ByteShiftJisRecordsWithCrlf() {
        byte[] file = DepositFileWriter.ZENGIN01.write(Scenario.EXACT.credits(AWAITED), DAY, 1);
        assertThat(file.length % 202).isZero();
        assertThat(file[200]).isEqualTo((byte) '\r');
        assertThat(file[201]).isEqualTo((byte) '\n');
    }

    private static List<Deposit> read(DepositFileWriter format, List<Credit> credits) {
        List<Deposit> deposits = new ArrayList<>();
        try (BankFileReader reader = BankFiles.open(new ByteArrayInputStream(format.write(credits, DAY, 70)), DAY)) {
            for (BankEntry entry = reader.next(); entry != null; entry = reader.next()) {
                deposits.add((Deposit) entry);
            }
        }
        return deposits;
    }
}
