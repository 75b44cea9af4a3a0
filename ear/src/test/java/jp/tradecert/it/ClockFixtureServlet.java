package jp.tradecert.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import jp.tradecert.platform.Clocks;

/**
 * For browser tests, which run outside the server: {@code POST /it/fixtures/clock?days=N} moves the application's
 * clock N days on, {@code POST /it/fixtures/clock} puts it back to real time; each answers the day it is then
 * ({@code today=2026-12-08}). The test server's clock is adjustable, no other's; the tests run one at a time, so a
 * test that moves it puts it back before it ends. Deployed only with the tests.
 */
@WebServlet("/fixtures/clock")
public class ClockFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String days = request.getParameter("days");
        if (days == null) {
            clocks.reset();
        } else {
            clocks.advance(Duration.ofDays(Integer.parseInt(days)));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("today=%s%n", LocalDate.now(clock.withZone(Clocks.TOKYO)));
    }
}
