package jp.tradecert.benchmark;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryCursor;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.InvariantViolation;
import jp.tradecert.platform.BusinessException;

/**
 * {@code POST /benchmark/uses?firstCode=&chambers=&companies=&coupons=&drafts=&threads=&warmup=&seconds=}
 * prepares a scenario and submits its drafts through the service layer from {@code threads} threads,
 * each picking a company at random, first for {@code warmup} seconds (not counted), then for
 * {@code seconds}; it answers the committed uses per second and the latencies.
 * {@code POST /benchmark/history?code=&entries=&pages=} gives a company a history of {@code entries}
 * rows, then times {@code pages} page reads of 50 rows: the first page, and pages starting at random
 * depths. {@code GET /benchmark/invariants} runs the invariant checker over the whole database.
 */
@WebServlet(urlPatterns = {"/uses", "/invariants", "/history"})
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BenchmarkData data;

    @EJB
    private ApplicationService applications;

    @EJB
    private InvariantChecker invariants;

    @EJB
    private CouponHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<InvariantViolation> violations = invariants.checkAll();
        JsonObjectBuilder json = Json.createObjectBuilder().add("violations", violations.size());
        violations.stream().limit(20).forEach(violation -> json.add("example", violation.toString()));
        write(response, json);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/history")) {
            history(request, response);
            return;
        }
        int threads = number(request, "threads");
        try {
            long prepareStart = System.nanoTime();
            Workload workload = data.prepare(number(request, "firstCode"), number(request, "chambers"),
                    number(request, "companies"), number(request, "coupons"), number(request, "drafts"));
            double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
            run(workload, threads, number(request, "warmup"));
            Result result = run(workload, threads, number(request, "seconds"));
            write(response, Json.createObjectBuilder()
                    .add("companies", workload.users().size())
                    .add("threads", threads)
                    .add("prepareSeconds", round(prepareSeconds))
                    .add("uses", result.uses)
                    .add("seconds", round(result.seconds))
                    .add("usesPerSecond", round(result.uses / result.seconds))
                    .add("refused", result.refused)
                    .add("failed", result.failed)
                    .add("latencyMillisP50", round(result.percentile(0.50)))
                    .add("latencyMillisP99", round(result.percentile(0.99)))
                    .add("ranOutOfDrafts", result.ranOut));
        } catch (SQLException | InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException(e);
        }
    }

    private void history(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int entries = number(request, "entries");
        int pages = number(request, "pages");
        try {
            long company = data.companyWithHistory(number(request, "code"), entries);
            Instant start = Instant.parse("2021-01-01T00:00:00Z");
            long[] first = new long[pages];
            long[] deep = new long[pages];
            for (int i = 0; i < pages; i++) {
                long before = System.nanoTime();
                history.page(company, null, 50);
                first[i] = System.nanoTime() - before;
                HistoryCursor somewhere = new HistoryCursor(
                        start.plusSeconds(ThreadLocalRandom.current().nextInt(entries)), 0, Long.MAX_VALUE);
                before = System.nanoTime();
                history.page(company, somewhere, 50);
                deep[i] = System.nanoTime() - before;
            }
            Arrays.sort(first);
            Arrays.sort(deep);
            write(response, Json.createObjectBuilder()
                    .add("entries", entries)
                    .add("firstPageMillisP50", round(first[pages / 2] / 1e6))
                    .add("firstPageMillisP99", round(first[(int) (pages * 0.99)] / 1e6))
                    .add("deepPageMillisP50", round(deep[pages / 2] / 1e6))
                    .add("deepPageMillisP99", round(deep[(int) (pages * 0.99)] / 1e6)));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Submits drafts from {@code threads} threads for {@code seconds}; each submission is one use. */
    private Result run(Workload workload, int threads, int seconds)
            throws InterruptedException, ExecutionException, TimeoutException {
        AtomicLong uses = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> workers = new ArrayList<>();
        boolean[] ranOut = {false};
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                List<SignedInUser> users = workload.users();
                while (System.nanoTime() < end) {
                    SignedInUser user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
                    Queue<Long> drafts = workload.draftsByCompany().get(user.companyId());
                    Long draft = drafts.poll();
                    if (draft == null) {
                        ranOut[0] = true;
                        break;
                    }
                    long before = System.nanoTime();
                    try {
                        applications.submit(user, draft, 1);
                        uses.incrementAndGet();
                        if (count < mine.length) {
                            mine[count++] = System.nanoTime() - before;
                        }
                    } catch (BusinessException e) {
                        refused.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                return Arrays.copyOf(mine, count);
            }));
        }
        for (Future<long[]> worker : workers) {
            latencies.add(worker.get(seconds + 120L, TimeUnit.SECONDS));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(uses.get(), elapsed, refused.get(), failed.get(), all, ranOut[0]);
    }

    private record Result(long uses, double seconds, long refused, long failed, long[] sortedNanos, boolean ranOut) {

        double percentile(double p) {
            return sortedNanos.length == 0 ? 0 : sortedNanos[(int) Math.min(sortedNanos.length - 1,
                    Math.round(p * (sortedNanos.length - 1)))] / 1e6;
        }
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void write(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write(json.build().toString());
    }
}
