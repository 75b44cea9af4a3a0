package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Password guessing slowed by what was typed and where from; nothing else slowed. */
class SignInThrottleTest {

    private final Instant start = Instant.parse("2026-12-03T01:00:00Z");
    private Instant now = start;
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void fail(String loginId, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("2701", loginId, address);
        }
    }

    @Test
    void fiveFailuresAreFreeThenEachLocksTwiceAsLongUpToFifteenMinutes() {
        fail("osaka-staff", "192.0.2.1", 5);
        assertThat(throttle.waitFor("2701", "osaka-staff", "192.0.2.1")).isEmpty();
        fail("osaka-staff", "192.0.2.1", 1);
        assertThat(throttle.waitFor("2701", "osaka-staff", "192.0.2.1")).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.waitFor(" 2701 ", " osaka-staff ", "198.51.100.7")).as("the same name from elsewhere")
                .hasValue(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("2701", "osaka-supervisor", "192.0.2.1")).as("another name").isEmpty();
        now = now.plusSeconds(30);
        assertThat(throttle.waitFor("2701", "osaka-staff", "192.0.2.1")).isEmpty();
        fail("osaka-staff", "192.0.2.1", 1);
        assertThat(throttle.waitFor("2701", "osaka-staff", "192.0.2.1")).hasValue(Duration.ofMinutes(1));
        assertThat(SignInThrottle.lockAfter(8)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.lockAfter(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.lockAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheNameAndADayWithoutFailuresForgetsThem() {
        fail("kobe-user", null, 5);
        throttle.succeeded("2701", "kobe-user");
        fail("kobe-user", null, 5);
        assertThat(throttle.waitFor("2701", "kobe-user", null)).isEmpty();
        now = now.plus(Duration.ofDays(1)).plusSeconds(1);
        fail("kobe-user", null, 5);
        assertThat(throttle.waitFor("2701", "kobe-user", null)).as("the earlier five are forgotten").isEmpty();
        fail("kobe-user", null, 1);
        assertThat(throttle.waitFor("2701", "kobe-user", null)).isPresent();
    }

    @Test
    void anAddressTryingManyNamesIsRefusedAfterAHundredThenLetThroughOneEveryThirtySeconds() {
        for (int i = 0; i < 99; i++) {
            fail("guess-" + i, "203.0.113.9", 1);
        }
        assertThat(throttle.waitFor("2701", "someone-else", "203.0.113.9")).isEmpty();
        fail("guess-99", "203.0.113.9", 1);
        assertThat(throttle.waitFor("2701", "someone-else", "203.0.113.9")).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("2701", "someone-else", "192.0.2.1")).as("another address").isEmpty();
        now = now.plusSeconds(30);
        assertThat(throttle.waitFor("2701", "someone-else", "203.0.113.9")).isEmpty();
        fail("guess-100", "203.0.113.9", 1);
        assertThat(throttle.waitFor("2701", "someone-else", "203.0.113.9")).hasValue(Duration.ofSeconds(30));
        now = now.plus(Duration.ofHours(1));
        assertThat(throttle.waitFor("2701", "someone-else", "203.0.113.9")).isEmpty();
    }
}
