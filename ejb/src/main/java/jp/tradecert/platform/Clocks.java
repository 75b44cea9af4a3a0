package jp.tradecert.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of time. Everything is stored as an {@code Instant}; the clock's zone, Asia/Tokyo,
 * decides business dates (order dates, 30-day expiry, settlement dates) and what screens show.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Produces
    Clock clock() {
        return Clock.system(TOKYO);
    }
}
