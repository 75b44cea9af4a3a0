package jp.tradecert.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerificationAttemptsTest {

    private static final String ALICE = "192.0.2.10";
    private static final String BOB = "2001:db8::7";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-04-01T01:00:00Z"));

    private final VerificationAttempts attempts = new VerificationAttempts(clock);

    @Test
    void tenChecksInTenMinutesAndTheEleventhIsRefused() {
        for (int i = 0; i < 10; i++) {
            assertThat(attempts.admit(ALICE)).as("check %d", i + 1).isTrue();
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(attempts.admit(ALICE)).isFalse();
        assertThat(attempts.admit(ALICE)).isFalse();
    }

    @Test
    void afterTheWindowTheAddressMayCheckAgain() {
        useUp(ALICE);
        clock.advance(Duration.ofMinutes(10).minusNanos(1_000));
        assertThat(attempts.admit(ALICE)).isFalse();

        clock.advance(Duration.ofNanos(1_000));
        assertThat(attempts.admit(ALICE)).isTrue();
    }

    @Test
    void theWindowSlides() {
        IntStream.range(0, 5).forEach(i -> attempts.admit(ALICE));
        clock.advance(Duration.ofMinutes(5));
        IntStream.range(0, 5).forEach(i -> attempts.admit(ALICE));
        assertThat(attempts.admit(ALICE)).isFalse();

        // the first five leave the window, the last five are still in it
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.admit(ALICE)).as("check %d", i + 1).isTrue();
        }
        assertThat(attempts.admit(ALICE)).isFalse();
    }

    @Test
    void refusedChecksAreNotCounted() {
        useUp(ALICE);
        clock.advance(Duration.ofMinutes(5));
        IntStream.range(0, 100).forEach(i -> assertThat(attempts.admit(ALICE)).isFalse());

        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.admit(ALICE)).isTrue();
    }

    @Test
    void eachAddressHasItsOwnChecks() {
        useUp(ALICE);
        assertThat(attempts.admit(ALICE)).isFalse();

        for (int i = 0; i < 10; i++) {
            assertThat(attempts.admit(BOB)).as("check %d", i + 1).isTrue();
        }
        assertThat(attempts.admit(BOB)).isFalse();
    }

    @Test
    void addressesQuietForAWindowAreForgotten() {
        IntStream.range(0, 1_000).forEach(i -> attempts.admit("198.51.100." + i));
        assertThat(attempts.addressesRemembered()).isEqualTo(1_000);

        clock.advance(Duration.ofMinutes(10));
        attempts.admit(ALICE);
        assertThat(attempts.addressesRemembered()).isEqualTo(1);
    }

    @Test
    void atMostSoManyAddressesAreRemembered() {
        VerificationAttempts few = new VerificationAttempts(clock, 10, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 10_000; i++) {
            few.admit("203.0.113." + i);
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(few.addressesRemembered()).isEqualTo(100);
    }

    @Test
    void theAddressForgottenFirstIsTheOneThatCheckedLeastRecently() {
        VerificationAttempts few = new VerificationAttempts(clock, 2, Duration.ofMinutes(10), 2);
        few.admit(ALICE);
        clock.advance(Duration.ofSeconds(1));
        few.admit(BOB);
        clock.advance(Duration.ofSeconds(1));
        few.admit(ALICE);
        assertThat(few.admit(ALICE)).isFalse();
        clock.advance(Duration.ofSeconds(1));

        // Bob's last check is older than Alice's, so a newcomer pushes Bob out and Alice stays limited
        few.admit("198.51.100.1");
        assertThat(few.addressesRemembered()).isEqualTo(2);
        assertThat(few.admit(ALICE)).isFalse();
    }

    private void useUp(String address) {
        IntStream.range(0, VerificationAttempts.LIMIT).forEach(i -> assertThat(attempts.admit(address)).isTrue());
    }

    /** A clock the test moves forward instead of waiting. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
