package jp.tradecert.web.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * How many certificate checks each client address may make: {@value #LIMIT} in any
 * {@value #WINDOW_MINUTES} minutes (a sliding window). The access code has 60 bits, but the page is public:
 * without a limit anyone could try codes against a known number as fast as the server answers.
 *
 * <p>Memory is bounded: an address is forgotten once its last check is older than the window, and at most
 * {@value #MAX_ADDRESSES} addresses are remembered; beyond that the one that checked least recently is
 * forgotten first. Forgetting lets that address check again early rather than refusing newcomers: a flood
 * of addresses must not lock everybody else out of the page.
 *
 * <p>The address is the one the connection comes from, never a header a client can write itself
 * ({@code X-Forwarded-For}). Time comes from the application's clock, so the tests can move it. Per
 * server: on a cluster each server counts its own checks.
 */
@ApplicationScoped
public class VerificationAttempts {

    static final int LIMIT = 10;
    static final int WINDOW_MINUTES = 10;
    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxAddresses;

    /**
     * The recent checks of each address, oldest first, at most {@code limit} of them. In order of each
     * address's last counted check (an address moves to the end when a check is counted), so the addresses
     * to forget are always at the front.
     */
    private final LinkedHashMap<String, Deque<Instant>> recentByAddress = new LinkedHashMap<>();

    @Inject
    VerificationAttempts(Clock clock) {
        this(clock, LIMIT, Duration.ofMinutes(WINDOW_MINUTES), MAX_ADDRESSES);
    }

    VerificationAttempts(Clock clock, int limit, Duration window, int maxAddresses) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (limit < 1 || maxAddresses < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit, window and maxAddresses must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxAddresses = maxAddresses;
    }

    /** For the container's client proxy only. */
    protected VerificationAttempts() {
        this.clock = null;
        this.limit = LIMIT;
        this.window = Duration.ofMinutes(WINDOW_MINUTES);
        this.maxAddresses = MAX_ADDRESSES;
    }

    /**
     * Counts a check from the address and says whether it may go ahead; a refused check is not counted, so
     * an address that keeps trying gets its next check when its oldest counted one leaves the window.
     */
    public synchronized boolean admit(String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        forgetQuietAddresses(windowStart);
        String key = address == null ? "" : address;
        Deque<Instant> recent = recentByAddress.get(key);
        if (recent == null) {
            if (recentByAddress.size() >= maxAddresses) {
                forgetLeastRecent();
            }
            recent = new ArrayDeque<>(limit);
        } else {
            dropOlderThan(recent, windowStart);
            if (recent.size() >= limit) {
                return false;
            }
            recentByAddress.remove(key);
        }
        recent.addLast(now);
        recentByAddress.put(key, recent);
        return true;
    }

    /** How many addresses are remembered now (for the tests: memory stays bounded). */
    synchronized int addressesRemembered() {
        return recentByAddress.size();
    }

    /** Forgets, from the front, the addresses whose last counted check has left the window. */
    private void forgetQuietAddresses(Instant windowStart) {
        Iterator<Deque<Instant>> oldestFirst = recentByAddress.values().iterator();
        while (oldestFirst.hasNext()) {
            Deque<Instant> recent = oldestFirst.next();
            if (recent.isEmpty() || !recent.getLast().isAfter(windowStart)) {
                oldestFirst.remove();
            } else {
                return;
            }
        }
    }

    private void forgetLeastRecent() {
        Iterator<String> oldestFirst = recentByAddress.keySet().iterator();
        oldestFirst.next();
        oldestFirst.remove();
    }

    private static void dropOlderThan(Deque<Instant> recent, Instant windowStart) {
        while (!recent.isEmpty() && !recent.getFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
    }
}
