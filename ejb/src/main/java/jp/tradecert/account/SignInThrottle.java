package jp.tradecert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing, for the sign-in page and the API alike, by what was typed and where it came from.
 *
 * <p>Per sign-in name (chamber code and user ID as typed, whether or not such an account exists, so that a
 * lockout tells nothing about which IDs exist): {@value #FREE_FAILURES} failures are free; each further one
 * locks the name for twice as long as the one before, from {@link #FIRST_LOCK} up to {@link #LONGEST_LOCK}.
 * While a name is locked no password is checked at all, the right one neither: a guess costs the attacker
 * the wait and costs the server nothing. A success clears the name's failures; failures are forgotten a
 * day after the last.
 *
 * <p>Per client address (many names tried from one place): a bucket that fills by one for each failure and
 * empties by one every {@link #ADDRESS_LEAK}; while it holds {@value #ADDRESS_CAPACITY}, the address is
 * refused. That allows an office's mistyped passwords and bounds a guesser at about 120 a hour.
 *
 * <p>Held in this server's memory (the system runs as one server), at most {@value #MOST_ENTRIES} entries, the
 * longest untouched dropped first: a restart forgets the failures, which is no worse than one more lockout
 * expiring.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    static final int ADDRESS_CAPACITY = 100;
    static final Duration ADDRESS_LEAK = Duration.ofSeconds(30);
    static final int MOST_ENTRIES = 100_000;

    @Inject
    private Clock clock;

    private final Map<String, Failures> names = lru();
    private final Map<String, Bucket> addresses = lru();

    SignInThrottle() {
    }

    /** For unit tests. */
    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MOST_ENTRIES;
            }
        };
    }

    /** The sign-in name's key: the chamber code and the user ID as the account lookup reads them. */
    static String nameOf(String chamberCode, String loginId) {
        return (chamberCode == null ? "" : chamberCode.strip()) + "/" + (loginId == null ? "" : loginId.strip());
    }

    /** How long the caller must wait before a password is checked again for this name from this address. */
    public synchronized Optional<Duration> waitFor(String chamberCode, String loginId, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures failures = names.get(nameOf(chamberCode, loginId));
        if (failures != null && failures.lockedUntil.isAfter(now)) {
            wait = Duration.between(now, failures.lockedUntil);
        }
        Bucket bucket = address == null ? null : addresses.get(address);
        if (bucket != null) {
            Duration addressWait = bucket.waitAt(now);
            if (addressWait.compareTo(wait) > 0) {
                wait = addressWait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String chamberCode, String loginId, String address) {
        Instant now = clock.instant();
        names.compute(nameOf(chamberCode, loginId), (name, before) -> {
            int count = before == null || before.last.plus(FORGET_AFTER).isBefore(now) ? 1 : before.count + 1;
            return new Failures(count, now, now.plus(lockAfter(count)));
        });
        if (address != null) {
            addresses.compute(address, (key, before) -> (before == null ? Bucket.EMPTY : before).plusOne(now));
        }
    }

    public synchronized void succeeded(String chamberCode, String loginId) {
        names.remove(nameOf(chamberCode, loginId));
    }

    /** Zero for the free failures, then 30 s, 1 min, 2 min, ... at most 15 min. */
    static Duration lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    /** A leaky bucket: its level at {@code at}, emptying one unit every {@link #ADDRESS_LEAK}. */
    private record Bucket(double level, Instant at) {

        static final Bucket EMPTY = new Bucket(0, Instant.EPOCH);

        double levelAt(Instant now) {
            double leaked = (double) Duration.between(at, now).toMillis() / ADDRESS_LEAK.toMillis();
            return Math.max(0, level - Math.max(0, leaked));
        }

        Bucket plusOne(Instant now) {
            return new Bucket(Math.min(ADDRESS_CAPACITY, levelAt(now) + 1), now);
        }

        /** Until the level falls below the capacity again. */
        Duration waitAt(Instant now) {
            double over = levelAt(now) - (ADDRESS_CAPACITY - 1);
            return over <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(over * ADDRESS_LEAK.toMillis()));
        }
    }
}
