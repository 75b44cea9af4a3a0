package jp.tradecert.platform;

import java.time.Duration;

/**
 * How long to wait before trying an outside party again (an SMTP server, the card provider): one
 * minute after the first failure, then twice as long after each further one (1, 2, 4 … minutes), never
 * more than an hour, so an outage is waited out without hammering the party and without waiting hours
 * once it is back.
 */
public final class Backoff {

    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after {@code attempts} attempts so far (the last of them failed). */
    public static Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 10);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
