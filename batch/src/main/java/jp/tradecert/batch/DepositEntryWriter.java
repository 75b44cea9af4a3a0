package jp.tradecert.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.deposit.Deposit;
import jp.tradecert.deposit.DepositService;
import jp.tradecert.deposit.NotApplicable;

/**
 * Applies a chunk of bank file entries: deposits by the manual's rules (consecutive ones of a file
 * together, see {@link DepositService#applyAll}), cancellations by reversing their deposit (or, where
 * coupons were issued, keeping them for a clerk), entries that cannot be applied kept with their
 * reason, and a finished file marked applied.
 *
 * <p>With {@code threads} above 1 (job parameter, default 2), a run of deposits is shared among that
 * many threads by account number, each applying its share in a transaction of its own: the database
 * then works on two connections instead of waiting for one. Shares never touch the same order, wallet
 * or account (an account's deposits, and so its order's, and a company has one open order, all go to
 * one share), so they never wait on each other. Every step is idempotent (a deposit is applied once per
 * bank reference), so a chunk that fails after some shares committed is simply applied again after a
 * restart, and changes nothing twice.
 */
@Named("DepositEntryWriter")
@Dependent
public class DepositEntryWriter extends AbstractItemWriter {

    @EJB
    private DepositService deposits;

    @EJB
    private BankFileService files;

    @Resource
    private ManagedExecutorService executor;

    /** How many threads share a run of deposits; 1 applies it in the chunk's own transaction. */
    @Inject
    @BatchProperty(name = "threads")
    private String threads;

    /** A drill: fail once this many items are written, to rehearse (and test) a restart. 0: never. */
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
        drill(run.size());
        List<List<Deposit>> shares = shares(run);
        if (shares.size() == 1) {
            deposits.applyAll(run, first.fileId(), first.chamberId());
        } else {
            List<Future<?>> applying = new ArrayList<>();
            for (List<Deposit> share : shares) {
                applying.add(executor.submit(() -> deposits.applyAllAlone(share, first.fileId(), first.chamberId())));
            }
            awaitAll(applying);
        }
        written += run.size();
        run.clear();
    }

    /** The run shared by account number (never split), in the file's order within each share. */
    private List<List<Deposit>> shares(List<Deposit> run) {
        int count = threads == null || threads.isBlank() ? 2 : Math.max(1, Integer.parseInt(threads.strip()));
        List<List<Deposit>> shares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shares.add(new ArrayList<>());
        }
        for (Deposit deposit : run) {
            shares.get(Math.floorMod(deposit.account().hashCode(), count)).add(deposit);
        }
        shares.removeIf(List::isEmpty);
        return shares;
    }

    /** Waits for every share, then fails if any failed (the others may have committed: see above). */
    private static void awaitAll(List<Future<?>> applying) {
        RuntimeException failure = null;
        for (Future<?> share : applying) {
            try {
                share.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause() instanceof RuntimeException runtime
                        ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
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
        drill(1);
        written++;
    }

    /** The drill: fails, before writing them, on the items that would reach the number asked. */
    private void drill(int items) {
        if (failAfterItems != null && !failAfterItems.isBlank()
                && written < Long.parseLong(failAfterItems) && written + items >= Long.parseLong(failAfterItems)) {
            throw new IllegalStateException("Drill: failing at item " + failAfterItems + ", as asked");
        }
    }
}
