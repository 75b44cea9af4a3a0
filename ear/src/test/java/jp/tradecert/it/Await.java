package jp.tradecert.it;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.tradecert.batch.BatchJobs;

/**
 * Waiting for work that goes on without the test: a batch job, a job followed over the API. Polls,
 * and gives up after the time allowed (the caller's assertions then say what was not reached). The
 * deadline is the machine's time, not the application's clock: it bounds the wait, not a business date.
 */
public final class Await {

    /** A job execution in one of these has ended. */
    public static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /** The execution's status once it has ended, or as it stands when {@code within} has passed. */
    public static BatchStatus jobEnd(BatchJobs jobs, long execution, Duration within) {
        return until(() -> jobs.status(execution), ENDED::contains, within);
    }

    /** What {@code read} answers once {@code done} accepts it, or its last answer when the time is up. */
    public static <T> T until(Supplier<T> read, Predicate<? super T> done, Duration within) {
        Instant deadline = Instant.now().plus(within);
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting", e);
            }
            value = read.get();
        }
        return value;
    }
}
