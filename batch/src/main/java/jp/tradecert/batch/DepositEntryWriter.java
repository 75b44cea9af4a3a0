package jp.tradecert.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.deposit.Deposit;
import jp.tradecert.deposit.DepositService;
import jp.tradecert.deposit.NotApplicable;

/**
 * Applies a chunk of bank file entries in the chunk's transaction: deposits by the manual's rules
 * (consecutive ones of a file together, see {@link DepositService#applyAll}),
 * cancellations by reversing their deposit (or, where coupons were issued, keeping them for a
 * clerk), entries that cannot be applied kept with their reason, and a finished file marked applied.
 * Every step is idempotent, so a chunk applied again after a restart changes nothing.
 */
@Named("DepositEntryWriter")
@Dependent
public class DepositEntryWriter extends AbstractItemWriter {

    @EJB
    private DepositService deposits;

    @EJB
    private BankFileService files;

    /** A drill: fail after this many items, to rehearse (and test) a restart. 0: never. */
    @Inject
    @BatchProperty(name = "failAfterItems")
    private String failAfterItems;

    private long written;

    @Override
    public void writeItems(List<Object> items) {
        // consecutive deposits of one file are applied together, in a few statements; anything else
        // in between (a cancellation, an entry that does not apply, a file's end) keeps its place
        List<Deposit> run = new ArrayList<>();
        FileEntry first = null;
        for (Object item : items) {
            FileEntry entry = (FileEntry) item;
            boolean deposit = entry.entry() instanceof Deposit d && !d.cancellation();
            if (!run.isEmpty() && (!deposit || entry.fileId() != first.fileId())) {
                apply(first, run);
            }
            if (deposit) {
                if (run.isEmpty()) {
                    first = entry;
                }
                run.add((Deposit) entry.entry());
            } else {
                write(entry);
            }
        }
        if (!run.isEmpty()) {
            apply(first, run);
        }
    }

    private void apply(FileEntry first, List<Deposit> run) {
        deposits.applyAll(run, first.fileId(), first.chamberId());
        for (int i = 0; i < run.size(); i++) {
            counted();
        }
        run.clear();
    }

    private void write(FileEntry entry) {
        if (entry.isEndOfFile()) {
            files.markApplied(entry.fileId());
        } else if (entry.entry() instanceof Deposit cancellation) {
            if (!deposits.reverse(cancellation)) {
                files.recordIssue(entry.fileId(), cancellation.position(), cancellation.bankReference(),
                        cancellation.account(), String.valueOf(cancellation.amountYen()), "JPY",
                        "a cancellation of a deposit that settled an order or was never applied: for a clerk");
            }
        } else if (entry.entry() instanceof NotApplicable other) {
            files.recordIssue(entry.fileId(), other.position(), other.bankReference(), other.account(),
                    other.amount(), other.currency(), other.reason());
        }
        counted();
    }

    private void counted() {
        written++;
        if (failAfterItems != null && !failAfterItems.isBlank() && written == Long.parseLong(failAfterItems)) {
            throw new IllegalStateException("Drill: failing after " + written + " items, as asked");
        }
    }
}
