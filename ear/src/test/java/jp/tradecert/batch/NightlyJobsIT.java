package jp.tradecert.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import jp.tradecert.account.AuditMails;
import jp.tradecert.account.Company;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.UserAccount;
import jp.tradecert.catalog.Product;
import jp.tradecert.deposit.BankCalendar;
import jp.tradecert.deposit.BankFileWatch;
import jp.tradecert.deposit.DepositMail;
import jp.tradecert.deposit.ZenginWriter;
import jp.tradecert.it.Await;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Invariants;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.notification.OutboxMail;
import jp.tradecert.platform.Clocks;
import jp.tradecert.platform.JobLeases;
import jp.tradecert.platform.ScheduledRuns;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseMail;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The nightly jobs besides the reconciliation: order expiry and the ledger audit, and running once a night. */
@IntegrationTest
class NightlyJobsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(NightlyJobsIT.class);
    }

    @EJB
    private BatchJobs jobs;

    @EJB
    private InvariantChecker invariants;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private ScheduledRuns runs;

    @EJB
    private NightlyRuns nightly;

    @EJB
    private JobLeases leases;

    @EJB
    private PurchaseService purchases;

    @EJB
    private MailOutbox outbox;

    @EJB
    private BankCalendar calendar;

    @EJB
    private BankFileWatch watch;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    @AfterEach
    void clockBack() {
        clocks.reset();
    }

    @Test
    void orderExpiryCancelsBankOrdersUnpaidFor30DaysAndTellsTheBuyer() throws Exception {
        Company company = data.company();
        SignedInUser buyer = data.userId(company);
        PurchaseOrder order = purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.to("late-" + company.getId() + "@example.jp")));

        clocks.advance(Duration.ofDays(30));
        reconcileTonight();
        assertThat(exitStatusOf(jobs.start("order-expiry", new Properties()))).startsWith("EXPIRED");
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).as("the 30th day is still a day to pay")
                .isEqualTo(OrderStatus.PENDING_PAYMENT);

        clocks.advance(Duration.ofDays(1));
        assertThat(exitStatusOf(jobs.start("order-expiry", new Properties()))).as("before the night's reconciliation")
                .startsWith(NightlyRuns.WAITING);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        reconcileTonight();
        assertThat(exitStatusOf(jobs.start("order-expiry", new Properties()))).startsWith("EXPIRED");
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(purchases.findOpenOrder(company.getId())).isEmpty();
        assertThat(outbox.ofOrder(order.getId())).extracting(PurchaseMail::of)
                .containsExactly(PurchaseMail.ORDER_ACCEPTED, PurchaseMail.ORDER_CANCELLED);
        assertThat(outbox.ofOrder(order.getId()).get(1).getBody()).contains("期限までに入金が確認できなかったため");
    }

    @Test
    void theLedgerAuditMailsTheAuditorsWhatDiffersAndEachChambersStaffItsOwn() throws Exception {
        Company company = data.company();
        UserAccount staff = data.staffWithMail(company.getChamber(), "staff@example.jp");
        UserAccount otherChambersStaff = data.staffWithMail(data.chamber(), "other@example.jp");
        // a balance changed behind the ledger's back
        database.update("update wallet set balance = balance + 5 where company_id = ?", company.getId());
        try {
            long execution = jobs.start("ledger-audit", new Properties());
            assertThat(exitStatusOf(execution)).startsWith("DIFFERENCES");
            // what a failing test then says of it: the company, its chamber and its wallet
            assertThat(Invariants.describe(invariants.check(company.getId()), database))
                    .contains("company " + company.getId() + ": [" + company.getNameJa());
        } finally {
            database.update("update wallet set balance = balance - 5 where company_id = ?", company.getId());
        }
        OutboxMail mail = outbox.find("audit:" + LocalDate.now(clock)).orElseThrow();
        assertThat(mail.getKind()).isEqualTo(AuditMails.Mail.AUDIT_DIFFERENCES.name());
        assertThat(mail.getToAddress()).isEqualTo("audit@localhost");
        assertThat(mail.getBody()).contains("1 balance = entries company " + company.getId() + ": expected 5, found 0");
        OutboxMail chambers = outbox.find("audit:" + LocalDate.now(clock) + ":" + staff.getId()).orElseThrow();
        assertThat(chambers.getToAddress()).isEqualTo("staff@example.jp");
        assertThat(chambers.getBody()).contains("1 balance = entries company " + company.getId());
        assertThat(outbox.find("audit:" + LocalDate.now(clock) + ":" + otherChambersStaff.getId()))
                .as("a chamber whose data is whole gets no mail").isEmpty();
    }

    @Test
    void aNightlyJobRunsOnceANightWhicheverServerFiresFirst() {
        String job = "it-" + UUID.randomUUID();
        LocalDate night = LocalDate.of(2026, 11, 27);

        assertThat(runs.claim(job, night, "server-a")).isTrue();
        assertThat(runs.claim(job, night, "server-b")).isFalse();
        assertThat(runs.claim(job, night, "server-a")).as("nor again after a restart").isFalse();
        assertThat(runs.claim(job, night.plusDays(1), "server-b")).isTrue();
    }

    @Test
    void theScheduleStartsTonightsRunOnce() throws InterruptedException {
        // a night no other test uses: the clock moved two years on
        clocks.advance(Duration.ofDays(730));
        long first = schedule.runTonight("ledger-audit");
        long second = schedule.runTonight("ledger-audit");

        assertThat(first).isPositive();
        assertThat(second).isEqualTo(-1);
        exitStatusOf(first);
        assertThat(database.count("select count(*) from scheduled_run where job_name = 'ledger-audit'"
                + " and execution_id = ?", first)).isOne();
    }

    @Test
    void theBankCalendarKnowsHolidaysSubstituteDaysAndTheYearEnd() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 27))).as("a Friday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 22))).as("国民の休日").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 3, 22))).as("振替休日 of 春分の日").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 31))).as("the banks' year end").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.knowsYear(2027)).isTrue();
        assertThat(calendar.knowsYear(2031)).isFalse();
    }

    @Test
    void aBusinessDayWithoutABankFileAlertsTheStaffOnce() {
        // nights long after any file the tests receive
        assertThat(watch.alertIfMissing(LocalDate.of(2027, 3, 24))).as("Tuesday 23 March, no file").isTrue();
        assertThat(watch.alertIfMissing(LocalDate.of(2027, 3, 24))).as("asked again").isTrue();
        assertThat(outbox.find("missing-bank-file:2027-03-23")).hasValueSatisfying(mail -> {
            assertThat(mail.getKind()).isEqualTo(DepositMail.MISSING_BANK_FILE.name());
            assertThat(mail.getToAddress()).isEqualTo("staff@localhost");
            assertThat(mail.getSubject()).contains("2027年03月23日");
        });
        assertThat(database.count("select count(*) from outbox_mail where idempotency_key = ?",
                "missing-bank-file:2027-03-23")).as("one mail").isOne();
        assertThat(watch.alertIfMissing(LocalDate.of(2027, 3, 23))).as("after 振替休日 Monday 22 March").isFalse();
        assertThat(watch.alertIfMissing(LocalDate.of(2027, 3, 22))).as("after a Sunday").isFalse();
    }

    @Test
    void aJobsLeaseKeepsASecondRunAwayUntilItsHolderEndsOrItRunsOut() throws Exception {
        clocks.advance(Duration.ofDays(1_500));
        JobLeases.Lease free = leases.find(NightlyRuns.LEDGER_AUDIT).orElseThrow();
        // a run being started on a server that then died: it never renews its lease
        assertThat(leases.take(free, "token-of-a-dead-server", "server-that-died")).isTrue();
        assertThat(leases.take(free, "token-of-another", "server-b")).as("one taker of what was seen free").isFalse();

        assertThatThrownBy(() -> jobs.start(NightlyRuns.LEDGER_AUDIT, new Properties()))
                .isInstanceOf(JobRunningException.class);
        assertThat(schedule.runTonight(NightlyRuns.LEDGER_AUDIT)).as("the night waits for the watch").isEqualTo(-1);
        assertThat(runs.find(NightlyRuns.LEDGER_AUDIT, nightly.tonight())).as("not even claimed").isEmpty();

        clocks.advance(Duration.ofMinutes(16));
        long execution = schedule.runTonight(NightlyRuns.LEDGER_AUDIT);
        assertThat(execution).as("the lease ran out").isPositive();
        exitStatusOf(execution);
        assertThat(leases.find(NightlyRuns.LEDGER_AUDIT).orElseThrow().executionId()).isEqualTo(execution);
        long next = jobs.start(NightlyRuns.LEDGER_AUDIT, new Properties());
        assertThat(next).as("free again once its run ended").isPositive();
        exitStatusOf(next);
    }

    @Test
    void nightsNoServerRanAreCaughtUpOneRunAtATime() throws Exception {
        clocks.advance(Duration.ofDays(1_600));
        LocalDate tonight = nightly.tonight();
        Map<String, LocalTime> times = Map.of(NightlyRuns.LEDGER_AUDIT, LocalTime.MIDNIGHT);
        // each round starts what it can (a run of the job at a time), the oldest night first
        for (int round = 0; round < 8 && runs.find(NightlyRuns.LEDGER_AUDIT, tonight).isEmpty(); round++) {
            nightly.catchUp(times);
            for (ScheduledRuns.Run run : runs.between(NightlyRuns.LEDGER_AUDIT, tonight.minusDays(3), tonight)) {
                exitStatusOf(run.executionId());
            }
        }
        nightly.catchUp(times);
        nightly.noteEndings();
        assertThat(runs.between(NightlyRuns.LEDGER_AUDIT, tonight.minusDays(10), tonight))
                .extracting(ScheduledRuns.Run::night, ScheduledRuns.Run::outcome)
                .containsExactly(tuple(tonight, ScheduledRuns.Outcome.COMPLETED),
                        tuple(tonight.minusDays(1), ScheduledRuns.Outcome.COMPLETED),
                        tuple(tonight.minusDays(2), ScheduledRuns.Outcome.COMPLETED),
                        tuple(tonight.minusDays(3), ScheduledRuns.Outcome.COMPLETED));
    }

    /** Tonight's nightly reconciliation, with a file in the inbox (so that none is missing). */
    private void reconcileTonight() throws Exception {
        ZenginWriter file = new ZenginWriter(true);
        file.transferNoticeHeader("0000009").transferNotice(1, nightly.tonight(), 500, "ｶ)ﾃｽﾄ", false)
                .transferNoticeTrailer(1, 500, 0, 0);
        Path inbox = Path.of(System.getProperty("coupons.bank.inbox"));
        Files.createDirectories(inbox);
        Files.write(inbox.resolve("zengin-" + UUID.randomUUID() + ".txt"), file.end().bytes());
        long execution = schedule.runTonight(NightlyRuns.RECONCILIATION);
        assertThat(execution).isPositive();
        assertThat(Await.jobEnd(jobs, execution, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);
    }

    private String exitStatusOf(long execution) throws InterruptedException {
        assertThat(Await.jobEnd(jobs, execution, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);
        return jobs.steps(execution).stream().map(StepExecution::getExitStatus).findFirst().orElseThrow();
    }
}
