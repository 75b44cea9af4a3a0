package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Invariants;
import jp.tradecert.it.Races;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Applications moved by many threads at once: the same submission sent by eight threads at the same
 * moment takes effect once, and a mix of submissions, holds, resubmissions and withdrawals on one
 * application and on several others of the same company leaves every coupon accounted for: the
 * balance is what was bought less what the applications' states hold, every coupon move of an
 * application has its ledger entry and every such ledger entry its move.
 */
@IntegrationTest
class ApplicationConcurrencyIT {

    private static final int THREADS = 8;
    private static final int STEPS_PER_THREAD = 60;
    private static final int APPLICATIONS = 5;
    private static final int BOUGHT = 30;
    /** The states in which a coupon-paid application holds its coupon. */
    private static final Set<ApplicationStatus> HOLDING = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.APPROVED, ApplicationStatus.ISSUED);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ApplicationConcurrencyIT.class, ApplicationIT.class);
    }

    @EJB
    private ApplicationService applications;

    @EJB
    private ApplicationLists lists;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    private final ConcurrentMap<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    void eightThreadsSubmittingTheSameDraftAtOnceConsumeOneCouponAndDrawOneReceiptNumber() throws Exception {
        Chamber chamber = data.chamber(730);
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        wallets.buy(signer, 0, 1);
        long id = applications.createDraft(signer, ApplicationIT.form(FeePayment.COUPON)).getId();

        List<CertificateApplication> answers = all(() -> applications.submit(signer, id, 1));

        assertThat(unexpected).as("unexpected failures").isEmpty();
        assertThat(answers).as("submissions that were answered").isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(answer.getSubmissions()).isEqualTo(1);
            assertThat(answer.getReceiptNumber()).isEqualTo(731);
        });
        CertificateApplication submitted = applications.get(signer, id);
        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.getSubmissions()).isEqualTo(1);
        assertThat(submitted.getReceiptNumber()).isEqualTo(731);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(BOUGHT - 1);
        assertThat(database.count("select count(*) from ledger_entry where application_id = ? and type = 'USE'", id))
                .isOne();
        assertThat(database.count("select count(*) from ledger_entry where company_id = ? and type = 'USE'",
                company.getId())).isOne();
        assertThat(database.count("select count(*) from application_move where application_id = ?"
                + " and kind = 'SUBMITTED'", id)).isOne();
        assertThat(database.count("select last_receipt_number from chamber where id = ?", chamber.getId()))
                .as("one receipt number drawn").isEqualTo(731);
        assertThat(database.count("select count(*) from certificate_application where chamber_id = ?"
                + " and receipt_number is not null", chamber.getId())).isOne();
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void submissionsHoldsResubmissionsAndWithdrawalsRacingLeaveEveryCouponAccountedFor() throws Exception {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SignedInUser sub = data.subId(signer);
        SignedInUser staff = data.staff(chamber);
        wallets.buy(signer, 0, 1);
        Set<Long> made = ConcurrentHashMap.newKeySet();
        // slot 0 is the hot application, on which half of all moves fall; a slot whose application has
        // ended (withdrawn, issued) gets a new draft
        AtomicLongArray slots = new AtomicLongArray(APPLICATIONS);
        for (int slot = 0; slot < APPLICATIONS; slot++) {
            slots.set(slot, draft(slot % 2 == 0 ? signer : sub, made));
        }
        Party party = new Party(signer, sub, staff);

        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                long seed = 104_729L * t + 17;
                running.add(workers.submit(() -> {
                    start.await();
                    Random random = new Random(seed);
                    for (int step = 0; step < STEPS_PER_THREAD; step++) {
                        step(party, slots, made, random);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : running) {
                worker.get(300, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdown();
        }

        System.out.println("Application race outcomes: " + new TreeMap<>(outcomes));
        assertThat(unexpected).as("unexpected failures").isEmpty();
        assertThat(count("submit ok")).as("submissions made").isPositive();
        assertThat(database.count("select count(*) from application_move m join certificate_application a"
                + " on a.id = m.application_id where a.company_id = ? and m.kind = 'ON_HOLD'", company.getId()))
                .as("holds made").isPositive();
        assertThat(database.count("select count(*) from application_move m join certificate_application a"
                + " on a.id = m.application_id where a.company_id = ? and m.kind = 'SUBMITTED'"
                + " and m.submission > 1", company.getId())).as("resubmissions made").isPositive();

        Invariants.holdEverywhere(invariants, database);

        long holdingACoupon = 0;
        for (long id : made) {
            CertificateApplication application = applications.get(signer, id);
            if (HOLDING.contains(application.getStatus())) {
                holdingACoupon++;
            }
        }
        long listedHolding = 0;
        for (ApplicationStatus status : HOLDING) {
            listedHolding += lists.count(signer, new ApplicationFilter(status, null, null, null, null));
        }
        assertThat(listedHolding).as("the company's list agrees").isEqualTo(holdingACoupon);
        assertThat(ledger.balanceOf(company.getId())).as("bought less held by the applications' states")
                .isEqualTo(BOUGHT - holdingACoupon);

        long companyId = company.getId();
        assertThat(database.count("select count(*) from application_move m join certificate_application a"
                + " on a.id = m.application_id where a.company_id = ? and m.kind = 'SUBMITTED'"
                + " and not exists (select 1 from ledger_entry e where e.type = 'USE'"
                + " and e.application_id = m.application_id"
                + " and e.idempotency_key = 'use:' || m.application_id || ':' || m.submission)", companyId))
                .as("submissions without their coupon use").isZero();
        assertThat(database.count("select count(*) from application_move m join certificate_application a"
                + " on a.id = m.application_id where a.company_id = ? and m.kind = 'ON_HOLD'"
                + " and not exists (select 1 from ledger_entry e where e.type = 'RETURN'"
                + " and e.application_id = m.application_id"
                + " and e.idempotency_key = 'return:' || m.application_id || ':' || m.submission)", companyId))
                .as("holds without their coupon coming back").isZero();
        assertThat(database.count("select count(*) from ledger_entry e where e.company_id = ? and e.type = 'USE'"
                + " and not exists (select 1 from application_move m where m.application_id = e.application_id"
                + " and m.kind = 'SUBMITTED'"
                + " and e.idempotency_key = 'use:' || m.application_id || ':' || m.submission)", companyId))
                .as("coupon uses without their submission").isZero();
        assertThat(database.count("select count(*) from ledger_entry e where e.company_id = ? and e.type = 'RETURN'"
                + " and not exists (select 1 from application_move m where m.application_id = e.application_id"
                + " and m.kind in ('ON_HOLD', 'WITHDRAWN')"
                + " and e.idempotency_key = 'return:' || m.application_id || ':' || m.submission)", companyId))
                .as("coupons given back without a hold or withdrawal").isZero();
        assertThat(database.count("select count(*) from certificate_application a where a.company_id = ?"
                + " and a.status in ('SUBMITTED', 'APPROVED', 'ISSUED')"
                + " and (not exists (select 1 from ledger_entry e where e.type = 'USE'"
                + " and e.idempotency_key = 'use:' || a.id || ':' || a.submissions)"
                + " or exists (select 1 from ledger_entry e where e.type = 'RETURN'"
                + " and e.idempotency_key = 'return:' || a.id || ':' || a.submissions))", companyId))
                .as("applications holding a coupon whose use is missing or was given back").isZero();
        assertThat(database.count("select count(*) from certificate_application a where a.company_id = ?"
                + " and a.status in ('ON_HOLD', 'WITHDRAWN') and a.submissions > 0"
                + " and not exists (select 1 from ledger_entry e where e.type = 'RETURN'"
                + " and e.idempotency_key = 'return:' || a.id || ':' || a.submissions)", companyId))
                .as("held or withdrawn applications whose coupon did not come back").isZero();
        assertThat(database.count("select count(*) from certificate_application a where a.company_id = ?"
                + " and (a.submissions <> (select count(*) from application_move m where m.application_id = a.id"
                + " and m.kind = 'SUBMITTED')"
                + " or a.holds <> (select count(*) from application_move m where m.application_id = a.id"
                + " and m.kind = 'ON_HOLD'))", companyId))
                .as("applications whose counts differ from their moves").isZero();
        assertThat(database.count("select count(*) from ledger_entry where company_id = ? and balance_after < 0",
                companyId)).isZero();
    }

    /** Who acts on the company's applications. */
    private record Party(SignedInUser signer, SignedInUser sub, SignedInUser staff) {
    }

    private void step(Party party, AtomicLongArray slots, Set<Long> made, Random random) {
        int slot = random.nextBoolean() ? 0 : 1 + random.nextInt(APPLICATIONS - 1);
        long id = slots.get(slot);
        // what this thread believes; others may have moved it since, which is the point
        CertificateApplication seen = applications.get(party.signer(), id);
        SignedInUser applicant = random.nextBoolean() ? party.signer() : creatorOf(party, seen);
        int dice = random.nextInt(100);
        switch (seen.getStatus()) {
            case DRAFT, ON_HOLD -> {
                if (dice < 5) {
                    attempt("withdraw", () -> applications.withdraw(applicant, id));
                } else if (dice < 15) {
                    // a late duplicate of the submission already made
                    attempt("submit (late)", () -> applications.submit(applicant, id, seen.getSubmissions()));
                } else {
                    attempt("submit", () -> applications.submit(applicant, id, seen.getSubmissions() + 1));
                }
            }
            case SUBMITTED -> {
                if (dice < 60) {
                    attempt("hold", () -> applications.putOnHold(party.staff(), id, seen.getSubmissions(), "不備"));
                } else if (dice < 70) {
                    attempt("withdraw", () -> applications.withdraw(applicant, id));
                } else if (dice < 73) {
                    attempt("approve", () -> applications.approve(party.staff(), id));
                } else {
                    // a resubmission racing the hold it needs
                    attempt("submit", () -> applications.submit(applicant, id, seen.getSubmissions() + 1));
                }
            }
            case WITHDRAWN, APPROVED, ISSUED -> {
                if (dice < 20) {
                    attempt("withdraw", () -> applications.withdraw(applicant, id));
                } else {
                    long fresh = draft(random.nextBoolean() ? party.signer() : party.sub(), made);
                    slots.compareAndSet(slot, id, fresh);
                }
            }
            default -> throw new IllegalStateException("Unknown status " + seen.getStatus());
        }
    }

    private long draft(SignedInUser applicant, Set<Long> made) {
        long id = applications.createDraft(applicant, ApplicationIT.form(FeePayment.COUPON)).getId();
        made.add(id);
        return id;
    }

    private static SignedInUser creatorOf(Party party, CertificateApplication application) {
        return application.getCreatedBy() == party.sub().accountId() ? party.sub() : party.signer();
    }

    /** The request sent by {@value #THREADS} threads at the same moment; the answers of those that were answered. */
    private <T> List<T> all(Supplier<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                Callable<T> call = () -> {
                    start.await();
                    return this.<T>attempt("submit", request).orElse(null);
                };
                sent.add(threads.submit(call));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                T value = answer.get(120, TimeUnit.SECONDS);
                if (value != null) {
                    answers.add(value);
                }
            }
            return answers;
        } finally {
            threads.shutdown();
        }
    }

    /**
     * Sends one request. What racing requests are expected to meet (an illegal transition, a lock
     * conflict, the container's exception wrapping one) is counted and tolerated; anything else is kept
     * and fails the test.
     */
    private <T> Optional<T> attempt(String name, Supplier<T> request) {
        try {
            T result = request.get();
            tally(name + " ok");
            return Optional.ofNullable(result);
        } catch (IllegalApplicationTransitionException refused) {
            tally(name + " refused: illegal transition");
        } catch (RuntimeException failure) {
            if (isExpectedInARace(failure)) {
                tally(name + " refused: " + failure.getClass().getSimpleName());
            } else {
                unexpected.add(failure);
            }
        }
        return Optional.empty();
    }

    private void tally(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
    }

    private long count(String outcome) {
        AtomicLong value = outcomes.get(outcome);
        return value == null ? 0 : value.get();
    }

    private static boolean isExpectedInARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalApplicationTransitionException) {
                return true;
            }
        }
        return Races.isLockConflict(failure);
    }
}
