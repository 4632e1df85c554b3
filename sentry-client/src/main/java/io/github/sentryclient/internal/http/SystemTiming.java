package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/** Real time: waits in short slices so that a canceled call stops waiting soon. */
final class SystemTiming implements Timing {

    static final SystemTiming INSTANCE = new SystemTiming();

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private SystemTiming() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void sleep(Duration duration, Call call) throws InterruptedIOException {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (call.isCanceled()) {
                throw new InterruptedIOException("Canceled");
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting to retry");
            }
        }
    }
}
