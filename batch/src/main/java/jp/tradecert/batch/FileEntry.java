package jp.tradecert.batch;

import java.io.Serializable;
import jp.tradecert.deposit.BankEntry;

/**
 * An item of the reconciliation: an entry of a bank file, or ({@code entry} null) the end of that
 * file, which the writer marks applied in the same transaction as the file's last entries.
 */
record FileEntry(long fileId, Long chamberId, BankEntry entry) implements Serializable {

    boolean isEndOfFile() {
        return entry == null;
    }
}
