package jp.tradecert.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import jp.tradecert.deposit.BankEntry;
import jp.tradecert.deposit.Deposit;
import jp.tradecert.deposit.NotApplicable;

/**
 * Shares the reconciliation among {@code threads} partitions (job parameter, default 2) by the account
 * each entry names: all of an account's entries (its deposits, their cancellations), and so all of its
 * order's and its company's changes (a company has one open order), go to one share, so that the shares
 * never wait on each other's locks and apply each deposit in the file's order. Each partition reads
 * every file and applies its own share, in transactions of its own: the database works on as many
 * connections at once. A restart runs again only the partitions that did not complete, each from its
 * last checkpoint.
 */
@Named("DepositShares")
@Dependent
public class DepositShares implements PartitionMapper {

    static final String SHARE = "share";
    static final String SHARES = "shares";

    @Inject
    @BatchProperty(name = "threads")
    private String threads;

    @Override
    public PartitionPlan mapPartitions() {
        int count = threads == null || threads.isBlank() ? 2 : Math.max(1, Integer.parseInt(threads.strip()));
        Properties[] shares = new Properties[count];
        for (int i = 0; i < count; i++) {
            shares[i] = new Properties();
            shares[i].setProperty(SHARE, String.valueOf(i));
            shares[i].setProperty(SHARES, String.valueOf(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(shares);
        return plan;
    }

    /** The share an entry belongs to, of {@code shares}: by the account it names (none: the first). */
    static int shareOf(BankEntry entry, int shares) {
        String account = entry instanceof Deposit deposit ? deposit.account() : ((NotApplicable) entry).account();
        return account == null ? 0 : Math.floorMod(account.hashCode(), shares);
    }
}
