package jp.tradecert.benchmark;

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
import jp.tradecert.batch.NightlyRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The failure drills' levers (src/benchmark/drill.sh). {@code POST /benchmark/drill/awaited?firstCode=&orders=}
 * creates {@code orders} awaited bank transfers (as the reconciliation benchmark does) and leaves the
 * bank's file paying them in the inbox, without running anything. {@code POST /benchmark/drill/nightly?job=}
 * starts tonight's run of a nightly job exactly as its timer does ({@link NightlyRuns#run}), so that what
 * follows a crash (the lease running out, the watch retrying) is the production path.
 */
@WebServlet(urlPatterns = {"/drill/awaited", "/drill/nightly"})
public class DrillServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BenchmarkData data;

    @EJB
    private NightlyRuns nightly;

    @Inject
    @ConfigProperty(name = "coupons.bank.inbox", defaultValue = "bank-inbox")
    String inbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        if (request.getServletPath().equals("/drill/nightly")) {
            String job = request.getParameter("job");
            if (!NightlyRuns.JOBS.contains(job)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "no such nightly job");
                return;
            }
            long execution = nightly.run(job, nightly.tonight());
            response.getWriter().printf("{\"job\":\"%s\",\"execution\":%d}%n", job, execution);
            return;
        }
        int firstCode = Integer.parseInt(request.getParameter("firstCode"));
        int orders = Integer.parseInt(request.getParameter("orders"));
        try {
            data.awaitedTransfers(firstCode, orders);
            Path directory = Files.createDirectories(Path.of(inbox));
            // written aside and moved in, so that no run takes in half a file
            Path partial = directory.resolve(".drill-" + orders + ".partial");
            BankFileFixture.write(data, partial, firstCode, orders);
            long bytes = Files.size(partial);
            Files.move(partial, directory.resolve("drill-" + firstCode + "-" + orders + ".txt"));
            response.getWriter().printf("{\"orders\":%d,\"fileBytes\":%d}%n", orders, bytes);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
