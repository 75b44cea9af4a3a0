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
import jp.tradecert.platform.JobLeases;

/**
 * Applies a chunk of bank file entries of one share ({@link DepositShares}), in the chunk's
 * transaction: deposits by the manual's rules (consecutive ones of a file together, see
 * {@link DepositService#applyAll}), cancellations by reversing their deposit (or, where that cannot be
 * done by rule, keeping them for a clerk), entries that cannot be applied kept with their reason, and the
 * end of a file recorded for the share (the file counts as applied once every share has ended it).
 */
@Named("DepositEntryWriter")
@Dependent
public class DepositEntryWriter extends AbstractItemWriter {

    @EJB
    private DepositService deposits;

    @EJB
    private BankFileService files;

    @Inject
    @BatchProperty(name = DepositShares.SHARE)
    private String share;

    @Inject
    @BatchProperty(name = DepositShares.SHARES)
    private String shares;

    /** The token of the run's lease, renewed with every chunk ({@link JobLeases}). */
    @Inject
    @BatchProperty(name = BatchJobs.LEASE)
    private String lease;

    @EJB
    private JobLeases leases;

    @Override
    public void writeItems(List<Object> items) {
        if (lease != null && !lease.isBlank() && !leases.renew(NightlyRuns.RECONCILIATION, lease)) {
            // the lease ran out and another run took it: this one must not go on beside it
            throw new IllegalStateException("The lease of this reconciliation was lost: stopping");
        }
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
        run.clear();
    }

    private void write(FileEntry entry) {
        if (entry.isEndOfFile()) {
            files.shareApplied(entry.fileId(), Integer.parseInt(share), Integer.parseInt(shares));
        } else if (entry.entry() instanceof Deposit cancellation) {
            if (!deposits.reverse(cancellation, entry.chamberId())) {
                files.recordIssue(entry.fileId(), cancellation.position(), cancellation.bankReference(),
                        cancellation.account(), String.valueOf(cancellation.amountYen()), "JPY",
                        "a cancellation the run cannot apply (no such deposit, its refund already paid, or"
                                + " coupons of its order used): for a clerk");
            }
        } else if (entry.entry() instanceof NotApplicable other) {
            files.recordIssue(entry.fileId(), other.position(), other.bankReference(), other.account(),
                    other.amount(), other.currency(), other.reason());
        }
    }
}
