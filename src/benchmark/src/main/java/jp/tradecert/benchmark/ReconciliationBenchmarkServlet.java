package jp.tradecert.benchmark;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Collectors;
import jp.tradecert.batch.BatchJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /benchmark/reconciliation?firstCode=&orders=}: creates {@code orders} awaited bank
 * transfers (one company each, by bulk SQL), writes the bank's 振込入金通知 file paying each of them
 * exactly into the inbox, inserts the same records by plain JDBC batches (the yardstick), then runs
 * the nightly {@code deposit-reconciliation} job (take in, check, apply) and times it, sampling the
 * server's used heap meanwhile. Answers the numbers as JSON.
 */
@WebServlet("/reconciliation")
public class ReconciliationBenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long FIRST_ANALYZE_AFTER_MILLIS = 20_000;

    @EJB
    private BenchmarkData data;

    @EJB
    private BatchJobs jobs;

    @Inject
    @ConfigProperty(name = "coupons.bank.inbox", defaultValue = "bank-inbox")
    String inbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int firstCode = Integer.parseInt(request.getParameter("firstCode"));
        int orders = Integer.parseInt(request.getParameter("orders"));
        try {
            long started = System.nanoTime();
            data.awaitedTransfers(firstCode, orders);
            long setupMillis = millisSince(started);

            started = System.nanoTime();
            Path file = Files.createDirectories(Path.of(inbox)).resolve("benchmark-" + orders + ".txt");
            BankFileFixture.write(data, file, firstCode, orders);
            long fileMillis = millisSince(started);
            // the job moves the file away once taken in
            long fileBytes = Files.size(file);

            long yardstickMillis = data.insertByJdbcBatch(firstCode, orders);

            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapBefore = runtime.totalMemory() - runtime.freeMemory();
            long peakHeap = heapBefore;
            started = System.nanoTime();
            long execution = jobs.start("deposit-reconciliation", new Properties());
            BatchStatus status = jobs.status(execution);
            long lastAnalyze = System.nanoTime();
            long analyzeAfterMillis = FIRST_ANALYZE_AFTER_MILLIS;
            while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED
                    && status != BatchStatus.ABANDONED) {
                Thread.sleep(100);
                peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
                status = jobs.status(execution);
                if (millisSince(lastAnalyze) > analyzeAfterMillis) {
                    // what autovacuum would do (it is off on the machines this runs on): fresh statistics,
                    // so the job's prepared plans do not stay those made when the ledger was empty. Like
                    // autovacuum, which analyzes a table once a share of it changed, ever less often
                    // as the tables grow: after 20 s, then 40 s later, 80 s later...
                    data.analyzeLedger();
                    lastAnalyze = System.nanoTime();
                    analyzeAfterMillis *= 2;
                }
            }
            long jobMillis = millisSince(started);
            long paid = data.paidOrders(firstCode, orders);

            response.setContentType("application/json");
            response.getWriter().printf("{\"orders\":%d,\"status\":\"%s\",\"paid\":%d,\"setupMillis\":%d,"
                            + "\"fileBytes\":%d,\"fileMillis\":%d,\"yardstickMillis\":%d,\"yardstickPerSecond\":%.0f,"
                            + "\"jobMillis\":%d,\"recordsPerSecond\":%.0f,\"heapBeforeMb\":%d,\"peakHeapMb\":%d,"
                            + "\"maxHeapMb\":%d,\"stepMillis\":{%s}}%n",
                    orders, status, paid, setupMillis, fileBytes, fileMillis, yardstickMillis,
                    orders * 1000.0 / Math.max(1, yardstickMillis), jobMillis, orders * 1000.0 / Math.max(1, jobMillis),
                    heapBefore >> 20, peakHeap >> 20, runtime.maxMemory() >> 20, stepMillis(execution));
        } catch (SQLException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** How long each step of the run took: taking the file in, the missing-file check, applying. */
    private String stepMillis(long execution) {
        return jobs.steps(execution).stream()
                .filter(step -> step.getStartTime() != null && step.getEndTime() != null)
                .map(step -> "\"" + step.getStepName() + "\":"
                        + (step.getEndTime().getTime() - step.getStartTime().getTime()))
                .collect(Collectors.joining(","));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
