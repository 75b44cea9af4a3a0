package jp.tradecert.deposit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes Zengin files field by field at the layout's byte positions, in Shift_JIS, with or without
 * CRLF between records: the bank sandbox's source of realistic files, and the tests'. The bank and
 * branch are GMO Aozora Net Bank's (0310) 法人営業部 (101), as in the demo's account pools.
 */
public final class ZenginWriter {

    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean crlf;
    private byte[] record;

    public ZenginWriter(boolean crlf) {
        this.crlf = crlf;
    }

    /** Starts a record of 200 spaces. */
    public ZenginWriter record(char type) {
        finishRecord();
        record = new byte[ZenginRecords.LENGTH];
        Arrays.fill(record, (byte) ' ');
        record[0] = (byte) type;
        return this;
    }

    /** Puts a number right-aligned and zero-filled at positions {@code from}..{@code to} (1-based). */
    public ZenginWriter number(int from, int to, long value) {
        String text = String.format("%0" + (to - from + 1) + "d", value);
        return text(from, to, text);
    }

    /** Puts text left-aligned at positions {@code from}..{@code to}. */
    public ZenginWriter text(int from, int to, String value) {
        byte[] bytes = value.getBytes(SHIFT_JIS);
        if (bytes.length > to - from + 1) {
            throw new IllegalArgumentException(value + " does not fit " + from + ".." + to);
        }
        System.arraycopy(bytes, 0, record, from - 1, bytes.length);
        return this;
    }

    /** Puts raw bytes (e.g. something no bank should send). */
    public ZenginWriter bytes(int from, byte... bytes) {
        System.arraycopy(bytes, 0, record, from - 1, bytes.length);
        return this;
    }

    /** A 振込入金通知 header for one account. */
    public ZenginWriter transferNoticeHeader(String account) {
        return record('1').text(2, 3, "01").text(4, 4, "0").text(5, 10, "071127").text(11, 16, "071126")
                .text(17, 22, "071127").text(23, 26, "0310").text(27, 41, "ｼﾞ-ｴﾑｵ-ｱｵｿﾞﾗﾈﾂﾄ")
                .text(42, 44, "101").text(45, 59, "ﾎｳｼﾞﾝｴｲｷﾞﾖｳﾌﾞ").text(60, 60, "1").text(61, 67, account)
                .text(68, 107, "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ");
    }

    /** A 振込入金通知 data record. */
    public ZenginWriter transferNotice(long inquiry, String booked, String value, long amount, String remitter,
            boolean cancelled) {
        return record('2').number(2, 7, inquiry).text(8, 13, booked).text(14, 19, value).number(20, 29, amount)
                .number(30, 39, 0).number(40, 49, 0).text(50, 97, remitter).text(98, 112, "ﾐﾂｲｽﾐﾄﾓ")
                .text(113, 127, "ｵｵｻｶﾎﾝﾃﾝ").text(128, 128, cancelled ? "1" : "0");
    }

    /** A 振込入金通知 data record for a deposit booked and valued on {@code booked}. */
    public ZenginWriter transferNotice(long inquiry, LocalDate booked, long amount, String remitter, boolean cancelled) {
        String date = WarekiDate.format(booked);
        return transferNotice(inquiry, date, date, amount, remitter, cancelled);
    }

    /** A 振込入金通知 trailer. */
    public ZenginWriter transferNoticeTrailer(long count, long total, long cancelledCount, long cancelledTotal) {
        return record('8').number(2, 7, count).number(8, 19, total).number(20, 25, cancelledCount)
                .number(26, 37, cancelledTotal);
    }

    /** An 入出金取引明細 header for one account (ten digits). */
    public ZenginWriter statementHeader(String account) {
        return record('1').text(2, 3, "03").text(4, 4, "0").text(5, 10, "071127").text(11, 16, "071126")
                .text(17, 22, "071127").text(23, 26, "0310").text(27, 41, "ｼﾞ-ｴﾑｵ-ｱｵｿﾞﾗﾈﾂﾄ")
                .text(42, 44, "101").text(45, 59, "ﾎｳｼﾞﾝｴｲｷﾞﾖｳﾌﾞ").text(60, 62, "000").text(63, 63, "1")
                .number(64, 73, Long.parseLong(account)).text(74, 74, "0").number(75, 88, 0)
                .text(89, 128, "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ");
    }

    /** An 入出金取引明細 data record: {@code direction} 1 credit, 2 debit. */
    public ZenginWriter statementLine(long inquiry, String booked, int direction, long amount, String remitter) {
        return record('2').number(2, 9, inquiry).text(10, 15, booked).text(16, 21, booked).number(22, 22, direction)
                .number(23, 24, 11).number(25, 36, amount).number(37, 48, 0).number(49, 54, 0).number(55, 60, 0)
                .number(61, 61, 0).number(62, 68, 0).number(69, 71, 0).number(72, 81, 0).text(82, 129, remitter);
    }

    public ZenginWriter statementTrailer(long credits, long creditTotal, long debits, long debitTotal) {
        return record('8').number(2, 7, credits).number(8, 20, creditTotal).number(21, 26, debits)
                .number(27, 39, debitTotal).text(40, 40, "0").number(41, 54, 0);
    }

    public ZenginWriter end() {
        return record('9');
    }

    public byte[] bytes() {
        finishRecord();
        record = null;
        return out.toByteArray();
    }

    private void finishRecord() {
        if (record != null) {
            out.writeBytes(record);
            if (crlf) {
                out.writeBytes(new byte[] {'\r', '\n'});
            }
        }
    }
}
