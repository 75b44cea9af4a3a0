package jp.tradecert.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of time. Everything is stored as an {@code Instant}; the clock's zone, Asia/Tokyo,
 * decides business dates (order dates, the 30-day deadline, settlement dates) and what screens show.
 * The clock ticks in microseconds, the precision both databases store, so an instant read back equals
 * the one written (the coupon history pages by it).
 *
 * <p>Where {@code coupons.clock.adjustable=true} (the test server only) the clock can be moved
 * forward, so that tests see 30 days pass without waiting; everywhere else moving it is refused.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    @ConfigProperty(name = "coupons.clock.adjustable", defaultValue = "false")
    private boolean adjustable;

    @Produces
    Clock clock() {
        return new ApplicationClock(Clock.tick(Clock.system(TOKYO), Duration.ofNanos(1_000)), offset);
    }

    /** Moves every clock of the application forward (tests only). */
    public void advance(Duration by) {
        requireAdjustable();
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Puts every clock back to real time (tests only). */
    public void reset() {
        requireAdjustable();
        offset.set(Duration.ZERO);
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable here");
        }
    }

    /** A clock that reads the shared offset at every tick, so beans created earlier see a move too. */
    private static final class ApplicationClock extends Clock {

        private final Clock base;
        private final AtomicReference<Duration> offset;

        ApplicationClock(Clock base, AtomicReference<Duration> offset) {
            this.base = base;
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ApplicationClock(base.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }
    }
}
