package jp.tradecert.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.tradecert.deposit.BankEntry;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileReader;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.deposit.BankFiles;

/**
 * Streams the entries of its share ({@link DepositShares}) of every accepted bank file, oldest file
 * first, one entry at a time, then the file's end; and checkpoints the file and the position of the last
 * entry read: after a crash the partition restarts after its last committed chunk (and the writer
 * applies nothing twice anyway). A file this share has finished is not read again.
 */
@Named("DepositEntryReader")
@Dependent
public class DepositEntryReader extends AbstractItemReader {

    @EJB
    private BankFileService files;

    @Inject
    private Clock clock;

    /** Set when a chamber's staff started the run: only that chamber's uploaded files. */
    @Inject
    @BatchProperty(name = "chamberId")
    private String chamberId;

    @Inject
    @BatchProperty(name = DepositShares.SHARE)
    private String share;

    @Inject
    @BatchProperty(name = DepositShares.SHARES)
    private String shares;

    private final Deque<Long> pending = new ArrayDeque<>();
    private BankFile file;
    private BankFileReader reader;
    private long position;

    @Override
    public void open(Serializable checkpoint) {
        pending.addAll(files.filesToApply(chamberId == null || chamberId.isBlank() ? null : Long.valueOf(chamberId),
                share(), shares()));
        // the file the last committed chunk was in goes on after its position; a file this share ended
        // meanwhile is no longer pending, and every other file still is (none is skipped for it)
        if (checkpoint instanceof FilePosition resume && pending.remove(resume.fileId())) {
            pending.addFirst(resume.fileId());
            openNext();
            while (position < resume.position() && advance() != null) {
                // already applied before the restart
            }
        }
    }

    @Override
    public Object readItem() {
        while (true) {
            if (reader == null) {
                if (pending.isEmpty()) {
                    return null;
                }
                openNext();
            }
            BankEntry entry = advance();
            while (entry != null && DepositShares.shareOf(entry, shares()) != share()) {
                entry = advance();
            }
            if (entry != null) {
                return new FileEntry(file.getId(), file.getChamberId(), entry);
            }
            FileEntry end = new FileEntry(file.getId(), file.getChamberId(), null);
            closeFile();
            return end;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return file == null ? null : new FilePosition(file.getId(), position);
    }

    @Override
    public void close() {
        closeFile();
    }

    private int share() {
        return share == null || share.isBlank() ? 0 : Integer.parseInt(share);
    }

    private int shares() {
        return shares == null || shares.isBlank() ? 1 : Integer.parseInt(shares);
    }

    private void openNext() {
        file = files.get(pending.poll());
        reader = BankFiles.open(files.open(file.getId()), LocalDate.now(clock));
        position = 0;
    }

    private BankEntry advance() {
        BankEntry entry = reader.next();
        if (entry != null) {
            position = entry.position();
        }
        return entry;
    }

    private void closeFile() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
