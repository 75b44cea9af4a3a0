package jp.tradecert.deposit;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * Reads a Zengin deposit file: 振込入金通知 (種別コード 01) or 入出金取引明細 (種別コード 03), JIS
 * (コード区分 0), 200-byte records. A file is one or more groups — a header (1) naming the account,
 * its data records (2), a trailer (8) with their count and total — and an end record (9). With a
 * virtual-account service each virtual account has its group. Every group's trailer is checked
 * against its records (counts and totals; for 振込入金通知 the totals include cancelled records,
 * which the trailer also counts apart).
 *
 * <p>振込入金通知 data records are deposits, or cancellations (取消区分 1) of the deposit with the same
 * inquiry number. In 入出金取引明細 only credits (入払区分 1) are deposits; debits are skipped (but
 * counted for the trailer).
 */
final class ZenginReader implements BankFileReader {

    private static final String TRANSFER_NOTICE = "01";
    private static final String STATEMENT = "03";

    private final ZenginRecords records;
    private final LocalDate reference;

    private String kind;
    private boolean inGroup;
    private boolean ended;
    private int groups;
    private Group group;

    /** What a header said, and what its data records added up to so far. */
    private static final class Group {
        String bankCode;
        String branchCode;
        String account;
        long count;
        long total;
        long cancelledCount;
        long cancelledTotal;
        long debitCount;
        long debitTotal;
    }

    /**
     * @param reference the day the file is read: tells which era a two-digit year belongs to
     */
    ZenginReader(InputStream in, LocalDate reference) {
        this.records = new ZenginRecords(in);
        this.reference = reference;
    }

    @Override
    public DepositFormat format() {
        return STATEMENT.equals(kind) ? DepositFormat.ZENGIN_STATEMENT : DepositFormat.ZENGIN_TRANSFER_NOTICE;
    }

    @Override
    public BankEntry next() {
        while (records.next()) {
            if (ended) {
                throw new MalformedBankFileException(records.number(), "データ区分",
                        "a record after the end record (9)");
            }
            switch (records.type()) {
                case '1' -> header();
                case '2' -> {
                    requireGroup("a data record (2)");
                    BankEntry entry = STATEMENT.equals(kind) ? statementLine() : transferNotice();
                    if (entry != null) {
                        return entry;
                    }
                }
                case '8' -> trailer();
                case '9' -> end();
                default -> throw new MalformedBankFileException(records.number(), "データ区分",
                        "'" + records.type() + "' is no record type (1, 2, 8 or 9)");
            }
        }
        if (records.number() == 0) {
            throw new MalformedBankFileException(0, "file", "the file is empty");
        }
        if (!ended) {
            throw new MalformedBankFileException(records.number(), "end record",
                    "the file ends without its end record (9): truncated?");
        }
        return null;
    }

    private void header() {
        if (inGroup) {
            throw new MalformedBankFileException(records.number(), "データ区分", "a header (1) before the trailer (8)");
        }
        String type = records.digits(2, 3, "種別コード");
        if (!TRANSFER_NOTICE.equals(type) && !STATEMENT.equals(type)) {
            throw new MalformedBankFileException(records.number(), "種別コード",
                    type + " is neither 01 (振込入金通知) nor 03 (入出金取引明細)");
        }
        if (kind != null && !kind.equals(type)) {
            throw new MalformedBankFileException(records.number(), "種別コード", type + " in a file of " + kind);
        }
        kind = type;
        if (!"0".equals(records.digits(4, 4, "コード区分"))) {
            throw new MalformedBankFileException(records.number(), "コード区分", "only JIS (0) is read, not EBCDIC");
        }
        date(5, 10, "作成日");
        date(11, 16, "勘定日(自)");
        date(17, 22, "勘定日(至)");
        group = new Group();
        group.bankCode = records.digits(23, 26, "銀行コード");
        records.text(27, 41, "銀行名");
        group.branchCode = records.digits(42, 44, "支店コード");
        records.text(45, 59, "支店名");
        if (STATEMENT.equals(kind)) {
            records.digits(63, 63, "預金種目");
            group.account = account(records.digits(64, 73, "口座番号"));
            records.text(89, 128, "口座名");
        } else {
            records.digits(60, 60, "預金種目");
            group.account = records.digits(61, 67, "口座番号");
            records.text(68, 107, "口座名");
        }
        inGroup = true;
        groups++;
    }

    /** A 振込入金通知 data record: a deposit, or the cancellation of one. */
    private Deposit transferNotice() {
        String inquiry = records.digits(2, 7, "照会番号");
        LocalDate booked = date(8, 13, "勘定日");
        LocalDate value = date(14, 19, "起算日");
        long amount = records.number(20, 29, "金額");
        records.digits(30, 39, "うち他店券金額");
        String remitter = records.text(50, 97, "振込依頼人名");
        String cancelled = records.text(128, 128, "取消区分");
        if (!cancelled.isEmpty() && !"0".equals(cancelled) && !"1".equals(cancelled)) {
            throw new MalformedBankFileException(records.number(), "取消区分", "'" + cancelled + "' is neither 0 nor 1");
        }
        records.text(129, 148, "EDI情報");
        if (amount <= 0) {
            throw new MalformedBankFileException(records.number(), "金額", "a deposit of 0 yen");
        }
        boolean cancellation = "1".equals(cancelled);
        group.count++;
        group.total += amount;
        if (cancellation) {
            group.cancelledCount++;
            group.cancelledTotal += amount;
        }
        return new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, records.number(), reference(booked, inquiry),
                group.bankCode, group.branchCode, group.account, amount, booked, value, remitter, cancellation);
    }

    /** An 入出金取引明細 data record: a deposit if it is a credit, else nothing (null). */
    private Deposit statementLine() {
        String inquiry = records.digits(2, 9, "照会番号");
        LocalDate booked = date(10, 15, "勘定日");
        LocalDate value = date(16, 21, "預入・払出日");
        String direction = records.digits(22, 22, "入払区分");
        records.digits(23, 24, "取引区分");
        long amount = records.number(25, 36, "取引金額");
        String remitter = records.text(82, 129, "振込依頼人名");
        records.text(130, 199, "仕向銀行名・仕向店名・摘要・EDI情報");
        if ("2".equals(direction)) {
            group.debitCount++;
            group.debitTotal += amount;
            return null;
        }
        if (!"1".equals(direction)) {
            throw new MalformedBankFileException(records.number(), "入払区分", direction + " is neither 1 nor 2");
        }
        if (amount <= 0) {
            throw new MalformedBankFileException(records.number(), "取引金額", "a credit of 0 yen");
        }
        group.count++;
        group.total += amount;
        return new Deposit(DepositFormat.ZENGIN_STATEMENT, records.number(), reference(booked, inquiry),
                group.bankCode, group.branchCode, group.account, amount, booked, value, remitter, false);
    }

    private void trailer() {
        requireGroup("a trailer (8)");
        if (STATEMENT.equals(kind)) {
            agree(records.number(2, 7, "入金件数"), group.count, "入金件数");
            agree(records.number(8, 20, "入金額合計"), group.total, "入金額合計");
            agree(records.number(21, 26, "出金件数"), group.debitCount, "出金件数");
            agree(records.number(27, 39, "出金額合計"), group.debitTotal, "出金額合計");
        } else {
            agree(records.number(2, 7, "件数"), group.count, "件数");
            agree(records.number(8, 19, "合計金額"), group.total, "合計金額");
            agree(records.number(20, 25, "取消件数"), group.cancelledCount, "取消件数");
            agree(records.number(26, 37, "取消金額"), group.cancelledTotal, "取消金額");
        }
        inGroup = false;
    }

    private void end() {
        if (inGroup || groups == 0) {
            throw new MalformedBankFileException(records.number(), "データ区分",
                    inGroup ? "the end record (9) before the trailer (8)" : "the end record (9) before any header");
        }
        ended = true;
    }

    private void requireGroup(String what) {
        if (!inGroup) {
            throw new MalformedBankFileException(records.number(), "データ区分", what + " outside a header's group");
        }
    }

    private void agree(long stated, long counted, String field) {
        if (stated != counted) {
            throw new MalformedBankFileException(records.number(), field,
                    "the trailer says " + stated + ", the records add up to " + counted);
        }
    }

    private LocalDate date(int from, int to, String field) {
        String digits = records.digits(from, to, field);
        return WarekiDate.parse(digits, reference).orElseThrow(() -> new MalformedBankFileException(
                records.number(), field, digits + " is no date of the Heisei or Reiwa era"));
    }

    /** Seven digits of a virtual account, from the statement's ten (leading zeros). */
    private String account(String tenDigits) {
        return tenDigits.startsWith("000") ? tenDigits.substring(3) : tenDigits;
    }

    /** Unique per bank, branch and account: the inquiry number is the bank's, per account and day. */
    private String reference(LocalDate booked, String inquiry) {
        return "zengin:" + group.bankCode + "-" + group.branchCode + "-" + group.account + ":" + booked + ":" + inquiry;
    }

    @Override
    public void close() {
        records.close();
    }
}
