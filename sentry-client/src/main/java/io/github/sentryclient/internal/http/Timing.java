package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Call;

/** The clocks and the waiting of retries, replaceable so that tests can run retries without waiting. */
public interface Timing {

    /** A monotonic time in nanoseconds, for deadlines. */
    long nanoTime();

    /** The wall clock, for {@code Retry-After} dates and {@code X-Sentry-Rate-Limit-Reset}. */
    Clock clock();

    /**
     * Waits {@code duration}, or less if {@code call} is canceled meanwhile.
     *
     * @throws InterruptedIOException if the call was canceled or the thread interrupted
     */
    void sleep(Duration duration, Call call) throws InterruptedIOException;

    /** The system clocks and real waiting. */
    static Timing system() {
        return SystemTiming.INSTANCE;
    }
}
