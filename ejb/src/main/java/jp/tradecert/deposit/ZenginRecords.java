package jp.tradecert.deposit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Reads a Zengin file one 200-byte record at a time, never the whole file: records may be separated
 * by CRLF (or CR or LF) or follow one another directly, and the file may end with an EOF mark (0x1A).
 * Fields are taken by their 1-based byte positions and checked: digits where the layout says N, and
 * only JIS X 0201 characters (ASCII and half-width katakana, one byte each in Shift_JIS) anywhere.
 */
final class ZenginRecords implements AutoCloseable {

    static final int LENGTH = 200;
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final int EOF_MARK = 0x1A;

    private final InputStream in;
    private final byte[] record = new byte[LENGTH];
    private long number;

    ZenginRecords(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /** The next record, or false at the end of the file. */
    boolean next() {
        try {
            int first = skipSeparators();
            if (first == -1 || first == EOF_MARK) {
                return false;
            }
            number++;
            record[0] = (byte) first;
            int read = 1;
            while (read < LENGTH) {
                int count = in.read(record, read, LENGTH - read);
                if (count == -1) {
                    throw new MalformedBankFileException(number, "record length",
                            "the file ends after " + read + " of the record's " + LENGTH + " bytes");
                }
                read += count;
            }
            for (int i = 0; i < LENGTH; i++) {
                if (record[i] == '\r' || record[i] == '\n') {
                    throw new MalformedBankFileException(number, "record length",
                            "a line break at byte " + (i + 1) + ": records are " + LENGTH + " bytes");
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of the current record, from 1. */
    long number() {
        return number;
    }

    /** The record's type (データ区分): '1' header, '2' data, '8' trailer, '9' end. */
    char type() {
        return (char) record[0];
    }

    /** A numeric field (N), positions {@code from} to {@code to}, both 1-based and inclusive. */
    String digits(int from, int to, String field) {
        String text = text(from, to, field);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new MalformedBankFileException(number, field, "not a number: \"" + text + "\"");
            }
        }
        return text;
    }

    long number(int from, int to, String field) {
        return Long.parseLong(digits(from, to, field));
    }

    /** A text field (C): JIS X 0201 only, trailing spaces removed. */
    String text(int from, int to, String field) {
        for (int i = from - 1; i < to; i++) {
            int b = record[i] & 0xFF;
            boolean ascii = b >= 0x20 && b <= 0x7E;
            boolean halfWidthKana = b >= 0xA1 && b <= 0xDF;
            if (!ascii && !halfWidthKana) {
                throw new MalformedBankFileException(number, field, String.format(
                        "byte 0x%02X at position %d is outside JIS X 0201 (ASCII and half-width katakana)", b, i + 1));
            }
        }
        return new String(record, from - 1, to - from + 1, SHIFT_JIS).stripTrailing();
    }

    /** Skips line breaks between records; answers the first byte of the next record, -1 or the EOF mark. */
    private int skipSeparators() throws IOException {
        int b = in.read();
        while (b == '\r' || b == '\n') {
            b = in.read();
        }
        return b;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
