package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZenginReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Two deposits and a cancellation to one virtual account, one deposit to another. */
    private static byte[] transferNotice(boolean crlf) {
        return new ZenginWriter(crlf)
                .transferNoticeHeader("1234567")
                .transferNotice(1, "071126", "071126", 64_900, "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", false)
                .transferNotice(2, "071127", "071126", 1_100, "ﾊﾟﾝﾀﾞﾎﾞｳｴｷ(ｶ", false)
                .transferNotice(1, "071126", "071126", 64_900, "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", true)
                .transferNoticeTrailer(3, 130_900, 1, 64_900)
                .transferNoticeHeader("7654321")
                .transferNotice(1, "071127", "071127", 31_900, "ｺｳﾍﾞﾃｽﾄﾎﾞｳｴｷ", false)
                .transferNoticeTrailer(1, 31_900, 0, 0)
                .end()
                .bytes();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aTransferNoticeWithOrWithoutLineBreaks(boolean crlf) {
        List<BankEntry> entries = read(transferNotice(crlf));

        assertThat(entries).extracting(entry -> (Deposit) entry).extracting(Deposit::account, Deposit::amountYen,
                Deposit::depositDate, Deposit::valueDate, Deposit::remitterName, Deposit::cancellation).containsExactly(
                tuple("1234567", 64_900L, LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 26), "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", false),
                tuple("1234567", 1_100L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 26), "ﾊﾟﾝﾀﾞﾎﾞｳｴｷ(ｶ", false),
                tuple("1234567", 64_900L, LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 26), "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ", true),
                tuple("7654321", 31_900L, LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 27), "ｺｳﾍﾞﾃｽﾄﾎﾞｳｴｷ", false));
        Deposit first = (Deposit) entries.get(0);
        assertThat(first.format()).isEqualTo(DepositFormat.ZENGIN_TRANSFER_NOTICE);
        assertThat(first.bankCode()).isEqualTo("0310");
        assertThat(first.branchCode()).isEqualTo("101");
        assertThat(first.bankReference()).isEqualTo("zengin:0310-101-1234567:2025-11-26:000001");
        assertThat(((Deposit) entries.get(2)).bankReference()).as("a cancellation names the deposit it reverses")
                .isEqualTo(first.bankReference());
        assertThat(first.position()).isEqualTo(2);
    }

    @Test
    void halfWidthKanaWithDakutenAndHandakutenComeOutAsTheBankWroteThem() {
        Deposit deposit = (Deposit) read(transferNotice(true)).get(1);
        assertThat(deposit.remitterName()).isEqualTo("ﾊﾟﾝﾀﾞﾎﾞｳｴｷ(ｶ").hasSize(12);
        assertThat(deposit.remitterName().codePoints()).contains(0xFF9F, 0xFF9E);
    }

    @Test
    void datesOnBothSidesOfTheEraBoundary() {
        byte[] file = new ZenginWriter(false).transferNoticeHeader("1234567")
                .transferNotice(1, "310430", "310430", 1_100, "ﾍｲｾｲ", false)
                .transferNotice(2, "010501", "010501", 1_100, "ﾚｲﾜ", false)
                .transferNoticeTrailer(2, 2_200, 0, 0).end().bytes();

        assertThat(read(file)).extracting(entry -> ((Deposit) entry).depositDate())
                .containsExactly(LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1));
    }

    @Test
    void aStatementGivesItsCreditsAndSkipsItsDebits() {
        byte[] file = new ZenginWriter(true).statementHeader("0001234567")
                .statementLine(10, "071127", 1, 64_900, "ｶ)ｶｺﾞｶﾞﾜｼｾﾞﾝｼﾖｸﾋﾝ")
                .statementLine(11, "071127", 2, 440, "ﾌﾘｺﾐﾃｽｳﾘﾖｳ")
                .statementLine(12, "071127", 1, 3_300, "ｺｳﾍﾞﾃｽﾄﾎﾞｳｴｷ")
                .statementTrailer(2, 68_200, 1, 440).end().bytes();

        List<BankEntry> entries = read(file);

        assertThat(entries).extracting(entry -> (Deposit) entry).extracting(Deposit::format, Deposit::account,
                Deposit::amountYen).containsExactly(
                tuple(DepositFormat.ZENGIN_STATEMENT, "1234567", 64_900L),
                tuple(DepositFormat.ZENGIN_STATEMENT, "1234567", 3_300L));
        assertThat(((Deposit) entries.get(0)).bankReference()).isEqualTo("zengin:0310-101-1234567:2025-11-27:00000010");
    }

    @Test
    void theCheckSumsUpAWholeFile() {
        assertThat(BankFiles.check(new ByteArrayInputStream(transferNotice(true)), TODAY))
                .isEqualTo(new BankFiles.FileSummary(DepositFormat.ZENGIN_TRANSFER_NOTICE, 3, 1, 0, 97_900));
    }

    @Test
    void aRecordOfTheWrongLengthIsRefusedWithItsNumber() {
        byte[] good = transferNotice(true);
        byte[] shortRecord = new byte[good.length - 1];
        System.arraycopy(good, 0, shortRecord, 0, 199);
        System.arraycopy(good, 200, shortRecord, 199, good.length - 200);
        assertRefused(shortRecord, 1, "record length");
    }

    @Test
    void totalsThatDisagreeAreRefusedNamingTheTrailerField() {
        byte[] file = new ZenginWriter(true).transferNoticeHeader("1234567")
                .transferNotice(1, "071127", "071127", 1_100, "ｱ", false)
                .transferNoticeTrailer(1, 1_000, 0, 0).end().bytes();
        assertRefused(file, 3, "合計金額");
        byte[] count = new ZenginWriter(true).transferNoticeHeader("1234567")
                .transferNotice(1, "071127", "071127", 1_100, "ｱ", false)
                .transferNoticeTrailer(2, 1_100, 0, 0).end().bytes();
        assertRefused(count, 3, "件数");
    }

    @Test
    void aCharacterOutsideJisX0201IsRefused() {
        byte[] file = new ZenginWriter(true).transferNoticeHeader("1234567")
                .transferNotice(1, "071127", "071127", 1_100, "ｱ", false).bytes(50, "加".getBytes(
                        java.nio.charset.Charset.forName("Shift_JIS")))
                .transferNoticeTrailer(1, 1_100, 0, 0).end().bytes();
        assertRefused(file, 2, "振込依頼人名");
    }

    @Test
    void aTruncatedFileAnEmptyOneAndAWrongTypeCodeAreRefused() {
        byte[] whole = transferNotice(false);
        assertRefused(Arrays.copyOf(whole, whole.length - 200), 8, "end record");
        assertRefused(Arrays.copyOf(whole, whole.length - 50), 9, "record length");
        assertRefused(new byte[0], 0, "file");
        byte[] wrongType = new ZenginWriter(true).transferNoticeHeader("1234567").text(2, 3, "02")
                .transferNoticeTrailer(0, 0, 0, 0).end().bytes();
        assertRefused(wrongType, 1, "種別コード");
    }

    @Test
    void aMalformedNumberOrDateIsRefusedNamingTheField() {
        byte[] amount = new ZenginWriter(true).transferNoticeHeader("1234567")
                .transferNotice(1, "071127", "071127", 1_100, "ｱ", false).text(20, 29, "00000011OO")
                .transferNoticeTrailer(1, 1_100, 0, 0).end().bytes();
        assertRefused(amount, 2, "金額");
        byte[] date = new ZenginWriter(true).transferNoticeHeader("1234567")
                .transferNotice(1, "071332", "071127", 1_100, "ｱ", false)
                .transferNoticeTrailer(1, 1_100, 0, 0).end().bytes();
        assertRefused(date, 2, "勘定日");
    }

    @Test
    void aDataRecordOutsideAGroupAndRecordsAfterTheEndAreRefused() {
        byte[] orphan = new ZenginWriter(true).transferNotice(1, "071127", "071127", 1_100, "ｱ", false).end().bytes();
        assertRefused(orphan, 1, "データ区分");
        byte[] afterEnd = new ZenginWriter(true).transferNoticeHeader("1234567").transferNoticeTrailer(0, 0, 0, 0)
                .end().transferNoticeHeader("1234567").bytes();
        assertRefused(afterEnd, 4, "データ区分");
    }

    private static void assertRefused(byte[] file, long record, String field) {
        assertThatThrownBy(() -> BankFiles.check(new ByteArrayInputStream(file), TODAY))
                .isInstanceOfSatisfying(MalformedBankFileException.class, refused -> {
                    assertThat(refused.record()).isEqualTo(record);
                    assertThat(refused.field()).isEqualTo(field);
                });
    }

    static List<BankEntry> read(byte[] file) {
        List<BankEntry> entries = new ArrayList<>();
        try (BankFileReader reader = BankFiles.open(new ByteArrayInputStream(file), TODAY)) {
            for (BankEntry entry = reader.next(); entry != null; entry = reader.next()) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
