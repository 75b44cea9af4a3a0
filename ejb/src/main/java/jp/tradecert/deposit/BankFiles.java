package jp.tradecert.deposit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Opens a bank file in whichever format it is: XML is camt.054 (or camt.053), anything else is read
 * as Zengin. And reads a file through once to check it whole, before anything of it is applied.
 */
public final class BankFiles {

    private BankFiles() {
    }

    /**
     * A reader for the file. {@code today} tells which era a Zengin date's two-digit year belongs to.
     */
    public static BankFileReader open(InputStream in, LocalDate today) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        return isXml(buffered) ? new CamtReader(buffered) : new ZenginReader(buffered, today);
    }

    /** Reads the whole file, checking its structure and totals; throws {@link MalformedBankFileException}. */
    public static FileSummary check(InputStream in, LocalDate today) {
        long deposits = 0;
        long cancellations = 0;
        long notApplicable = 0;
        long yen = 0;
        DepositFormat format;
        try (BankFileReader reader = open(in, today)) {
            for (BankEntry entry = reader.next(); entry != null; entry = reader.next()) {
                fitsTheColumns(entry);
                if (entry instanceof Deposit deposit) {
                    if (deposit.cancellation()) {
                        cancellations++;
                    } else {
                        deposits++;
                        yen += deposit.amountYen();
                    }
                } else {
                    notApplicable++;
                }
            }
            format = reader.format();
        } catch (MalformedBankFileException malformed) {
            throw malformed;
        } catch (RuntimeException e) {
            // whatever else a hostile file provokes in a reader rejects that file alone, with a reason
            throw new MalformedBankFileException(0, "file", "not readable (" + e.getClass().getSimpleName() + ")");
        }
        return new FileSummary(format, deposits, cancellations, notApplicable, yen);
    }

    /**
     * Every text of an entry within its column (deposit, bank_entry_issue), checked before anything
     * is written: a file that would fail at insert is rejected whole at intake instead.
     */
    private static void fitsTheColumns(BankEntry entry) {
        if (entry instanceof Deposit deposit) {
            // 200 in the column, less room for the name of the chamber an uploaded file is kept under
            within(deposit.position(), "bank reference", deposit.bankReference(), 170);
            within(deposit.position(), "account", deposit.account(), 34);
            within(deposit.position(), "bank code", deposit.bankCode(), 4);
            within(deposit.position(), "branch code", deposit.branchCode(), 3);
            within(deposit.position(), "remitter", deposit.remitterName(), 200);
        } else if (entry instanceof NotApplicable other) {
            within(other.position(), "bank reference", other.bankReference(), 200);
            within(other.position(), "account", other.account(), 34);
            within(other.position(), "amount", other.amount(), 40);
            within(other.position(), "currency", other.currency(), 3);
            within(other.position(), "reason", other.reason(), 400);
        }
    }

    private static void within(long position, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new MalformedBankFileException(position, field, "longer than " + max + " characters");
        }
    }

    /** What a checked file holds. */
    public record FileSummary(DepositFormat format, long deposits, long cancellations, long notApplicable,
            long depositedYen) {
    }

    private static boolean isXml(BufferedInputStream in) {
        try {
            in.mark(64);
            byte[] head = in.readNBytes(64);
            in.reset();
            for (byte b : head) {
                if (b == '<') {
                    return true;
                }
                boolean whitespaceOrBom = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == (byte) 0xEF
                        || b == (byte) 0xBB || b == (byte) 0xBF;
                if (!whitespaceOrBom) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
