package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The clocks and the waiting of retries and pacing, replaceable so that tests can run them without waiting. */
public interface Timing {

    /** A monotonic time in nanoseconds, for deadlines. */
    long nanoTime();

    /** The wall clock, for {@code Retry-After} dates and {@code X-Sentry-Rate-Limit-Reset}. */
    Clock clock();

    /**
     * Waits {@code duration} on this thread, or less if {@code canceled} turns true meanwhile.
     *
     * @throws InterruptedIOException if the call was canceled or the thread interrupted
     */
    void sleep(Duration duration, BooleanSupplier canceled) throws InterruptedIOException;

    /** Runs {@code task} after {@code delay} without holding a thread meanwhile. */
    void schedule(Runnable task, Duration delay);

    /** The system clocks and real waiting. */
    static Timing system() {
        return SystemTiming.INSTANCE;
    }
}
