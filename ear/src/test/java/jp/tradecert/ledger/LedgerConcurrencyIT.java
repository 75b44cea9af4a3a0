package jp.tradecert.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberOperations;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.ApplicationStatus;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Invariants;
import jp.tradecert.it.Races;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The bank test: 32 threads for 20 seconds doing random purchases, settlements, cancellations,
 * submissions, holds, resubmissions, withdrawals, approvals and chamber adjustments on a few
 * companies, one of them hot, many requests sent twice at once and every transient failure retried
 * with the same request. Afterwards every invariant holds, no balance was ever negative, and every
 * request that succeeded took effect exactly once.
 */
@IntegrationTest
class LedgerConcurrencyIT {

    private static final int THREADS = 32;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final int COMPANIES = 4;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LedgerConcurrencyIT.class);
    }

    @EJB
    private PurchaseService purchases;

    @EJB
    private ApplicationService applications;

    @EJB
    private ChamberOperations operations;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private Clock clock;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    private final List<Party> parties = new ArrayList<>();
    private final ConcurrentMap<Long, Party> applicationsOf = new ConcurrentHashMap<>();
    private final Queue<String> acknowledgedKeys = new ConcurrentLinkedQueue<>();
    private final ConcurrentMap<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong retries = new AtomicLong();
    private ExecutorService doubleClicks;

    /** A company and who acts for it. */
    private record Party(Company company, SignedInUser signer, SignedInUser sub, SignedInUser staff) {
    }

    @Test
    void everyInvariantHoldsAfterTwentySecondsOfConcurrentRetriedAndDuplicatedRequests() throws Exception {
        Chamber chamber = data.chamber();
        SignedInUser staff = data.staff(chamber);
        for (int i = 0; i < COMPANIES; i++) {
            Company company = data.company(chamber, Membership.MEMBER);
            SignedInUser signer = data.userId(company);
            parties.add(new Party(company, signer, data.subId(signer), staff));
            // the hot company starts nearly empty, so that it runs out now and then
            wallets.buy(signer, 0, i == 0 ? 1 : 10);
        }

        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        doubleClicks = Executors.newFixedThreadPool(THREADS);
        Instant deadline = Instant.now().plus(RUN);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 7919L * t + 1;
            running.add(workers.submit(() -> {
                start.await();
                Random random = new Random(seed);
                while (Instant.now().isBefore(deadline)) {
                    step(random);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : running) {
            worker.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
        }
        workers.shutdown();
        doubleClicks.shutdown();

        System.out.println("Bank test outcomes: " + new TreeMap<>(outcomes) + ", retries " + retries);
        assertThat(unexpected).as("unexpected failures").isEmpty();
        assertThat(count("ok")).as("requests that succeeded").isGreaterThan(500);
        for (Party party : parties) {
            long company = party.company().getId();
            // a broken company's whole ledger, to see which change the wallet and its ledger disagree on
            assertThat(invariants.check(company)).as("invariants of company %d, whose ledger is:%n%s", company,
                    ledgerOf(company)).isEmpty();
        }
        Invariants.holdEverywhere(invariants, database);
        String companies = parties.stream().map(party -> party.company().getId().toString())
                .collect(Collectors.joining(","));
        assertThat(database.count("select count(*) from ledger_entry where balance_after < 0 and company_id in ("
                + companies + ")")).isZero();
        for (String key : acknowledgedKeys) {
            assertThat(database.count("select count(*) from ledger_entry where idempotency_key = ?", key))
                    .as(key).isOne();
        }
        assertThat(database.count("select count(*) from ledger_entry where company_id in (" + companies + ")"))
                .isGreaterThan(200);
    }

    private void step(Random random) {
        Party party = parties.get(random.nextBoolean() ? 0 : 1 + random.nextInt(COMPANIES - 1));
        SignedInUser applicant = random.nextBoolean() ? party.signer() : party.sub();
        int dice = random.nextInt(100);
        if (dice < 30) {
            submitNew(party, applicant, random);
        } else if (dice < 40) {
            pick(party, ApplicationStatus.SUBMITTED, random).ifPresent(application -> twice(random, "hold", () ->
                    applications.putOnHold(party.staff(), application.getId(), application.getSubmissions(), "不備")));
        } else if (dice < 50) {
            pick(party, ApplicationStatus.ON_HOLD, random).ifPresent(application -> {
                int attempt = application.getSubmissions() + 1;
                if (twice(random, "resubmit", () -> applications.submit(creatorOf(party, application),
                        application.getId(), attempt)) && application.getPayment() == FeePayment.COUPON) {
                    acknowledgedKeys.add("use:" + application.getId() + ":" + attempt);
                }
            });
        } else if (dice < 55) {
            pick(party, ApplicationStatus.SUBMITTED, random).ifPresent(application -> twice(random, "withdraw", () ->
                    applications.withdraw(creatorOf(party, application), application.getId())));
        } else if (dice < 63) {
            pick(party, ApplicationStatus.SUBMITTED, random).ifPresent(application -> twice(random, "approve", () ->
                    applications.approve(party.staff(), application.getId())));
        } else if (dice < 73) {
            PaymentMethod method = random.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.BANK_TRANSFER;
            int singles = random.nextInt(6);
            int booklets = singles == 0 ? 1 : random.nextInt(2);
            attempt("place", () -> purchases.placeOrder(applicant, new PurchaseRequest(
                    Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets), method, MailRequest.NONE)));
        } else if (dice < 85) {
            // the hot company's orders are rarely paid, so that its balance keeps running out
            if (party != parties.get(0) || random.nextInt(5) == 0) {
                purchases.findOpenOrder(party.company().getId()).ifPresent(order -> settle(order, random));
            }
        } else if (dice < 88) {
            purchases.findOpenOrder(party.company().getId()).ifPresent(order -> twice(random, "cancel", () ->
                    purchases.cancel(party.signer(), order.getId())));
        } else {
            String request = UUID.randomUUID().toString();
            int quantity = random.nextBoolean() ? 1 + random.nextInt(3) : -(1 + random.nextInt(3));
            if (twice(random, "adjust", () -> operations.adjust(party.staff(), party.company().getId(), quantity,
                    "調整", request))) {
                acknowledgedKeys.add("adjust:" + party.company().getId() + ":" + request);
            }
        }
    }

    private void submitNew(Party party, SignedInUser applicant, Random random) {
        Optional<CertificateApplication> draft = attempt("draft", () -> applications.createDraft(applicant,
                Forms.form(ItemCategory.SUNDRIES, "ASIA", "KR", "試験会社", "署名者",
                        random.nextInt(10) == 0 ? FeePayment.CARD : FeePayment.COUPON)));
        draft.ifPresent(application -> {
            applicationsOf.put(application.getId(), party);
            if (twice(random, "submit", () -> applications.submit(applicant, application.getId(), 1))
                    && application.getPayment() == FeePayment.COUPON) {
                acknowledgedKeys.add("use:" + application.getId() + ":1");
            }
        });
    }

    private void settle(PurchaseOrder order, Random random) {
        if (order.getPaymentMethod() == PaymentMethod.BANK_TRANSFER && random.nextInt(10) == 0) {
            twice(random, "underpaid", () -> purchases.recordUnderpayment(order.getId(), order.getTotalYen() - 1));
            return;
        }
        long paid = order.getTotalYen() + (random.nextInt(5) == 0 ? 1_000 : 0);
        if (twice(random, "settle", () -> purchases.settle(order.getId(), paid, LocalDate.now(clock)))) {
            acknowledgedKeys.add("settle:" + order.getId());
        }
    }

    /** A random application of the company in that state, as it is now. */
    private Optional<CertificateApplication> pick(Party party, ApplicationStatus status, Random random) {
        List<Long> candidates = applicationsOf.entrySet().stream()
                .filter(entry -> entry.getValue() == party).map(Map.Entry::getKey).toList();
        for (int tries = 0; tries < 5 && !candidates.isEmpty(); tries++) {
            CertificateApplication application = applications.get(party.signer(),
                    candidates.get(random.nextInt(candidates.size())));
            if (application.getStatus() == status) {
                return Optional.of(application);
            }
        }
        return Optional.empty();
    }

    private static SignedInUser creatorOf(Party party, CertificateApplication application) {
        return application.getCreatedBy() == party.sub().accountId() ? party.sub() : party.signer();
    }

    /**
     * Sends the request, and one time in four the same request again at the same moment from another
     * thread (a double click). True if the request succeeded.
     */
    private boolean twice(Random random, String name, Supplier<?> request) {
        if (random.nextInt(4) != 0) {
            return attempt(name, request).isPresent();
        }
        Future<Optional<Object>> duplicate = doubleClicks.submit(() -> attempt(name + " (duplicate)", request));
        boolean first = attempt(name, request).isPresent();
        try {
            return duplicate.get(60, TimeUnit.SECONDS).isPresent() || first;
        } catch (Exception e) {
            unexpected.add(e);
            return first;
        }
    }

    /**
     * Sends a request, retrying a transient failure (a lock conflict) with the very same request, as a
     * client would. Business refusals are counted and are expected; anything else fails the test.
     */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> attempt(String name, Supplier<?> request) {
        for (int tries = 1; ; tries++) {
            try {
                T result = (T) request.get();
                outcomes.computeIfAbsent("ok", key -> new AtomicLong()).incrementAndGet();
                outcomes.computeIfAbsent(name + " ok", key -> new AtomicLong()).incrementAndGet();
                return Optional.ofNullable(result);
            } catch (BusinessException refused) {
                outcomes.computeIfAbsent(name + " refused: " + refused.getClass().getSimpleName(),
                        key -> new AtomicLong()).incrementAndGet();
                return Optional.empty();
            } catch (RuntimeException failure) {
                if (!Races.isLockConflict(failure) || tries == 10) {
                    unexpected.add(failure);
                    return Optional.empty();
                }
                retries.incrementAndGet();
            }
        }
    }

    /** The company's wallet and ledger entries in order, one line each, with their keys and times. */
    private String ledgerOf(long company) {
        StringBuilder lines = new StringBuilder();
        database.rows("select balance, pending_coupons, version from wallet where company_id = ?", company)
                .forEach(row -> lines.append("wallet ").append(Arrays.toString(row)).append('\n'));
        database.rows("select id, type, quantity, balance_after, idempotency_key, occurred_at from ledger_entry"
                + " where company_id = ? order by id", company)
                .forEach(row -> lines.append(Arrays.toString(row)).append('\n'));
        return lines.toString();
    }

    private long count(String outcome) {
        AtomicLong value = outcomes.get(outcome);
        return value == null ? 0 : value.get();
    }
}
