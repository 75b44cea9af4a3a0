package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.batch.BatchJobs;
import jp.tradecert.batch.NightlyRuns;
import jp.tradecert.batch.NightlySchedule;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Await;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Invariants;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.platform.Clocks;
import jp.tradecert.platform.ScheduledRuns;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly job {@code deposit-reconciliation}: bank files left in the inbox are taken in, checked
 * whole and applied by the manual's rules, each record once, whatever comes twice, overlaps, or
 * fails in the middle.
 */
@IntegrationTest
class ReconciliationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ReconciliationIT.class);
    }

    @EJB
    private BatchJobs jobs;

    @EJB
    private PurchaseService purchases;

    @EJB
    private DepositService deposits;

    @EJB
    private BankFileService files;

    @EJB
    private InvariantChecker invariants;

    @EJB
    private LedgerService ledger;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private NightlyRuns nightly;

    @EJB
    private ScheduledRuns runs;

    @EJB
    private MailOutbox outbox;

    @Inject
    private Clocks clocks;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    @AfterEach
    void invariantsHold() {
        clocks.reset();
        Invariants.holdEverywhere(invariants, database);
    }

    /**
     * The night's reconciliation fails with a deposit made on the deadline in the inbox: the expiry that
     * night waits for it (and still expires what the last good night covered), the staff are mailed, the
     * watch retries the run, and the order is paid, not expired. An order the system did expire is still
     * paid by a deposit made by its deadline whose file comes later.
     */
    @Test
    void expiryNeverBeatsADepositMadeByTheDeadline() throws Exception {
        Chamber chamber = data.chamber();
        // nights no other test uses
        clocks.advance(Duration.ofDays(400));
        Bought earlier = orders(chamber, 1).get(0);
        clocks.advance(Duration.ofDays(1));
        Bought order = orders(chamber, 1).get(0);
        LocalDate deadline = order.order().getExpiresOn();
        assertThat(earlier.order().getExpiresOn()).isEqualTo(deadline.minusDays(1));

        // the deadline's night: the run succeeds (a file came)
        clocks.advance(Duration.ofDays(30));
        assertThat(nightly.tonight()).isEqualTo(deadline);
        ZenginWriter filler = new ZenginWriter(true);
        group(filler, "0000009", 1, deadline, 500, false);
        drop(filler.end().bytes());
        assertThat(awaitEnd(schedule.runTonight(NightlyRuns.RECONCILIATION))).isEqualTo(BatchStatus.COMPLETED);

        // the night after: the deposit made on the deadline is in the inbox, and the run fails
        clocks.advance(Duration.ofDays(1));
        LocalDate night = nightly.tonight();
        ZenginWriter file = new ZenginWriter(true);
        group(file, accountOf(order), 1, deadline, order.order().getTotalYen(), false);
        drop(file.end().bytes());
        database.update("alter table deposit add constraint drill_refuses_one check (account <> '"
                + accountOf(order) + "')");
        try {
            assertThat(awaitEnd(schedule.runTonight(NightlyRuns.RECONCILIATION))).isEqualTo(BatchStatus.FAILED);
        } finally {
            database.update("alter table deposit drop constraint drill_refuses_one");
        }

        long expiry = schedule.runTonight(NightlyRuns.ORDER_EXPIRY);
        assertThat(awaitEnd(expiry)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobs.steps(expiry).get(0).getExitStatus()).startsWith(NightlyRuns.WAITING)
                .contains("with deadlines before " + deadline);
        assertThat(status(order.order())).as("not expired while its file waits").isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(status(earlier.order())).as("the last good night covered it").isEqualTo(OrderStatus.EXPIRED);

        nightly.noteEndings();
        assertThat(runs.find(NightlyRuns.RECONCILIATION, night)).hasValueSatisfying(run -> {
            assertThat(run.outcome()).isEqualTo(ScheduledRuns.Outcome.FAILED);
            assertThat(run.attempts()).isOne();
        });
        assertThat(outbox.find("job-failed:deposit-reconciliation:" + night + ":1")).hasValueSatisfying(mail -> {
            assertThat(mail.getToAddress()).isEqualTo("staff@localhost");
            assertThat(mail.getSubject()).contains("deposit-reconciliation", "1回目");
            assertThat(mail.getBody()).contains("自動で再実行します");
        });
        assertThat(outbox.find("job-failed:order-expiry:" + night + ":1")).as("waiting is no failure").isEmpty();

        nightly.retryFailed();
        assertThat(runs.find(NightlyRuns.RECONCILIATION, night).orElseThrow().attempts())
                .as("not before its wait is over").isOne();
        clocks.advance(Duration.ofMinutes(11));
        nightly.retryFailed();
        ScheduledRuns.Run retried = runs.find(NightlyRuns.RECONCILIATION, night).orElseThrow();
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(awaitEnd(retried.executionId())).isEqualTo(BatchStatus.COMPLETED);
        nightly.noteEndings();
        assertThat(runs.find(NightlyRuns.RECONCILIATION, night).orElseThrow().outcome())
                .isEqualTo(ScheduledRuns.Outcome.COMPLETED);

        assertThat(status(order.order())).as("paid, not expired").isEqualTo(OrderStatus.PAID);
        assertThat(purchases.getOrder(order.buyer(), order.order().getId()).getSettlementDate()).isEqualTo(deadline);
        assertThat(nightly.expiryHorizon()).contains(night);

        // the expired order's deposit, made on its deadline, comes in a file of a later night
        ZenginWriter late = new ZenginWriter(true);
        group(late, accountOf(earlier), 2, deadline.minusDays(1), earlier.order().getTotalYen(), false);
        drop(late.end().bytes());
        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);
        assertThat(status(earlier.order())).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.walletOf(earlier.order().getCompanyId()).getBalance()).isEqualTo(1);
    }

    @Test
    void aFileInTheInboxIsCheckedAndAppliedByTheRules() throws Exception {
        Chamber chamber = data.chamber();
        List<Bought> orders = orders(chamber, 4);
        purchases.cancel(orders.get(3).buyer(), orders.get(3).order().getId());
        LocalDate today = LocalDate.now(clock);
        ZenginWriter file = new ZenginWriter(true);
        group(file, accountOf(orders.get(0)), 1, today, 1_100, false);   // exact
        group(file, accountOf(orders.get(1)), 2, today, 1_500, false);   // over
        group(file, accountOf(orders.get(2)), 3, today, 1_000, false);   // under
        group(file, accountOf(orders.get(3)), 4, today, 1_100, false);   // to a cancelled order
        group(file, "0000009", 5, today, 7_000, false);                  // unknown account...
        group(file, "0000009", 5, today, 7_000, true);                   // ...which the bank takes back
        byte[] bytes = file.end().bytes();
        Path dropped = drop(bytes);

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(Files.exists(dropped)).as("taken in once").isFalse();
        assertThat(orders).extracting(bought -> status(bought.order())).containsExactly(OrderStatus.PAID,
                OrderStatus.PAID, OrderStatus.UNDERPAID, OrderStatus.CANCELLED);
        assertThat(outcomes(chamber)).containsExactly(DepositOutcome.SETTLED, DepositOutcome.OVERPAID,
                DepositOutcome.UNDERPAID, DepositOutcome.LATE);
        assertThat(purchases.getOrder(orders.get(0).buyer(), orders.get(0).order().getId()).getSettlementDate())
                .isEqualTo(today);
        assertThat(deposits.find("zengin:0310-101-0000009:" + today + ":000005"))
                .map(AppliedDeposit::getOutcome).contains(DepositOutcome.REVERSED);

        Path again = drop(bytes);
        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.exists(again)).isFalse();
        assertThat(database.count("select count(*) from bank_file where name = ? and status = 'DUPLICATE'",
                again.getFileName().toString())).isOne();
        assertThat(outcomes(chamber)).hasSize(4);
    }

    @Test
    void aCreditAndItsCancellationInOneFileLeaveTheOrderUnpaidAndNoCoupons() throws Exception {
        Chamber chamber = data.chamber();
        List<Bought> orders = orders(chamber, 2);
        LocalDate today = LocalDate.now(clock);
        ZenginWriter file = new ZenginWriter(true);
        group(file, accountOf(orders.get(0)), 1, today, 1_100, false);   // paid...
        group(file, accountOf(orders.get(0)), 1, today, 1_100, true);    // ...and taken back (組戻し)
        group(file, accountOf(orders.get(1)), 2, today, 1_100, false);   // paid
        drop(file.end().bytes());

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(orders).extracting(bought -> status(bought.order()))
                .containsExactly(OrderStatus.CANCELLED, OrderStatus.PAID);
        assertThat(outcomes(chamber)).containsExactly(DepositOutcome.REVERSED, DepositOutcome.SETTLED);
        assertThat(ledger.balanceOf(orders.get(0).order().getCompanyId())).isZero();
        assertThat(ledger.balanceOf(orders.get(1).order().getCompanyId())).isOne();
        Invariants.holdEverywhere(invariants, database);
    }

    @Test
    void overlappingFilesApplyEachRecordOnce() throws Exception {
        Chamber chamber = data.chamber();
        List<Bought> orders = orders(chamber, 3);
        LocalDate today = LocalDate.now(clock);
        ZenginWriter first = new ZenginWriter(false);
        group(first, accountOf(orders.get(0)), 11, today, 1_100, false);
        group(first, accountOf(orders.get(1)), 12, today, 1_100, false);
        ZenginWriter second = new ZenginWriter(false);
        group(second, accountOf(orders.get(1)), 12, today, 1_100, false);
        group(second, accountOf(orders.get(2)), 13, today, 1_100, false);
        drop(first.end().bytes());
        drop(second.end().bytes());

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(outcomes(chamber)).containsExactly(DepositOutcome.SETTLED, DepositOutcome.SETTLED,
                DepositOutcome.SETTLED);
    }

    @Test
    void aRejectedFileAppliesNothing() throws Exception {
        Chamber chamber = data.chamber();
        List<Bought> orders = orders(chamber, 1);
        drop(new ZenginWriter(true).transferNoticeHeader(accountOf(orders.get(0)))
                .transferNotice(1, LocalDate.now(clock), 1_100, "ｱ", false).transferNoticeTrailer(1, 1_000, 0, 0)
                .end().bytes());

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(status(orders.get(0).order())).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(database.rows("select errors from bank_file where status = 'REJECTED' order by id desc"
                + " fetch first 1 rows only").get(0)[0].toString()).contains("Record 3", "合計金額");
    }

    @Test
    void aPoisonFileBesideGoodOnesIsRejectedWithItsReasonAndTheGoodOnesAreApplied() throws Exception {
        Chamber chamber = data.chamber();
        List<Bought> orders = orders(chamber, 2);
        // an amount no bank writes, which once made the reader fail and the whole night with it
        drop(camt(accountOf(orders.get(0)), "1E+999999999", "P-1"));
        ZenginWriter good = new ZenginWriter(true);
        group(good, accountOf(orders.get(0)), 1, LocalDate.now(clock), 1_100, false);
        drop(good.end().bytes());
        drop(camt(accountOf(orders.get(1)), "1100", "G-" + orders.get(1).order().getId()));

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(status(orders.get(0).order())).as("by the Zengin file").isEqualTo(OrderStatus.PAID);
        assertThat(status(orders.get(1).order())).as("by the camt.054 file").isEqualTo(OrderStatus.PAID);
        assertThat(database.rows("select errors from bank_file where status = 'REJECTED' order by id desc"
                + " fetch first 1 rows only").get(0)[0].toString()).contains("is no amount");
    }

    /** A camt.054 notification of one credit to {@code account}. */
    private byte[] camt(String account, String amount, String reference) {
        return ("<?xml version=\"1.0\"?><Document><BkToCstmrDbtCdtNtfctn><Ntfctn>"
                + "<Acct><Id><Othr><Id>" + account + "</Id></Othr></Id></Acct>"
                + "<Ntry><Amt Ccy=\"JPY\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<BookgDt><Dt>" + LocalDate.now(clock) + "</Dt></BookgDt><AcctSvcrRef>" + reference
                + "</AcctSvcrRef></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFailureInTheMiddleThenARestartAppliesTheRestAndNothingTwice() throws Exception {
        Chamber chamber = data.chamber(0, 250);
        List<Bought> orders = orders(chamber, 250);
        drop(fileFor(orders));

        Properties drill = new Properties();
        drill.setProperty("chunkSize", "100");
        drill.setProperty("threads", "1");
        // the 150th deposit is refused, so the chunk holding it fails to commit
        long failed = runRefusing(accountOf(orders.get(149)), drill);
        long settledBefore = settled(chamber);
        assertThat(settledBefore).as("the first chunk committed, the second rolled back").isEqualTo(100);

        long restarted = jobs.restart(failed, drill);
        assertThat(awaitEnd(restarted)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(settled(chamber)).isEqualTo(250);
        assertThat(database.count("select count(*) from ledger_entry e join purchase_order o on o.id = e.order_id"
                + " join company c on c.id = o.company_id where c.chamber_id = ?", chamber.getId())).isEqualTo(250);
    }

    @Test
    void aShareFailingThenARestartRunsOnlyThatShareAgainAndTheFileEndsApplied() throws Exception {
        Chamber chamber = data.chamber(0, 250);
        List<Bought> orders = orders(chamber, 250);
        drop(fileFor(orders));

        Properties twoShares = new Properties();
        twoShares.setProperty("chunkSize", "50");
        twoShares.setProperty("threads", "2");
        long failed = runRefusing(accountOf(orders.get(199)), twoShares);
        long settledBefore = settled(chamber);
        assertThat(settledBefore).as("the other share and the failed share's first chunks committed")
                .isBetween(1L, 249L);
        assertThat(fileStatuses(chamber)).as("a file counts as applied only once every share has ended it")
                .containsExactly("ACCEPTED");

        long restarted = jobs.restart(failed, twoShares);
        assertThat(awaitEnd(restarted)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(settled(chamber)).isEqualTo(250);
        assertThat(database.count("select count(*) from ledger_entry e join purchase_order o on o.id = e.order_id"
                + " join company c on c.id = o.company_id where c.chamber_id = ?", chamber.getId())).isEqualTo(250);
        assertThat(fileStatuses(chamber)).containsExactly("APPLIED");
    }

    @Test
    void aThousandOrdersReconciled() throws Exception {
        Chamber chamber = data.chamber(0, 1_000);
        List<Bought> orders = orders(chamber, 1_000);
        drop(fileFor(orders));

        assertThat(run(new Properties())).isEqualTo(BatchStatus.COMPLETED);

        assertThat(settled(chamber)).isEqualTo(1_000);
    }

    /** A buyer and the bank-transfer order for one coupon it placed. */
    private record Bought(SignedInUser buyer, PurchaseOrder order) {
    }

    private List<Bought> orders(Chamber chamber, int count) throws SQLException {
        List<Bought> orders = new ArrayList<>();
        for (SignedInUser buyer : data.signersOfNewCompanies(chamber, count)) {
            orders.add(new Bought(buyer, purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                    PaymentMethod.BANK_TRANSFER, MailRequest.NONE))));
        }
        return orders;
    }

    /** One exact deposit for each order. */
    private byte[] fileFor(List<Bought> orders) {
        LocalDate today = LocalDate.now(clock);
        ZenginWriter file = new ZenginWriter(true);
        long inquiry = 0;
        for (Bought bought : orders) {
            group(file, accountOf(bought), ++inquiry, today, bought.order().getTotalYen(), false);
        }
        return file.end().bytes();
    }

    /** A 振込入金通知 group of one record: the header of the account, the deposit, the trailer. */
    private static void group(ZenginWriter file, String account, long inquiry, LocalDate day, long yen,
            boolean cancelled) {
        file.transferNoticeHeader(account).transferNotice(inquiry, day, yen, "ｶ)ﾃｽﾄ", cancelled)
                .transferNoticeTrailer(1, yen, cancelled ? 1 : 0, cancelled ? yen : 0);
    }

    private String accountOf(Bought bought) {
        return purchases.accountOf(bought.order()).orElseThrow().number();
    }

    private OrderStatus status(PurchaseOrder order) {
        return OrderStatus.valueOf(database.rows("select status from purchase_order where id = ?", order.getId())
                .get(0)[0].toString());
    }

    private List<DepositOutcome> outcomes(Chamber chamber) {
        return database.rows("select d.outcome from deposit d join purchase_order o on o.id = d.order_id"
                        + " join company c on c.id = o.company_id where c.chamber_id = ? order by o.id", chamber.getId())
                .stream().map(row -> DepositOutcome.valueOf(row[0].toString())).toList();
    }

    /** The statuses of the files that paid the chamber's orders (through the deposits that came from them). */
    private List<String> fileStatuses(Chamber chamber) {
        return database.rows("select distinct f.status from bank_file f join deposit d on d.file_id = f.id"
                        + " join purchase_order o on o.id = d.order_id join company c on c.id = o.company_id"
                        + " where c.chamber_id = ?", chamber.getId())
                .stream().map(row -> row[0].toString()).toList();
    }

    private long settled(Chamber chamber) {
        return database.count("select count(*) from purchase_order o join company c on c.id = o.company_id"
                + " where c.chamber_id = ? and o.status = 'PAID'", chamber.getId());
    }

    private Path drop(byte[] content) throws IOException {
        // the server's inbox (a system property of the server, so read here, inside it)
        Path inbox = Path.of(System.getProperty("coupons.bank.inbox"));
        Files.createDirectories(inbox);
        Path file = inbox.resolve("zengin-" + UUID.randomUUID() + ".txt");
        Files.write(file, content);
        return file;
    }

    /**
     * The drill: runs the job while the database refuses the deposit to {@code account}, as a failure
     * in the middle of a run would; answers the failed execution.
     */
    private long runRefusing(String account, Properties parameters) throws SQLException {
        database.update("alter table deposit add constraint drill_refuses_one check (account <> '" + account + "')");
        try {
            long failed = jobs.start("deposit-reconciliation", parameters);
            assertThat(awaitEnd(failed)).isEqualTo(BatchStatus.FAILED);
            return failed;
        } finally {
            database.update("alter table deposit drop constraint drill_refuses_one");
        }
    }

    private BatchStatus run(Properties parameters) {
        return awaitEnd(jobs.start("deposit-reconciliation", parameters));
    }

    private BatchStatus awaitEnd(long execution) {
        return Await.jobEnd(jobs, execution, Duration.ofMinutes(5));
    }
}
