package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Real time: waits in short slices so that a canceled call stops waiting soon. */
final class SystemTiming implements Timing {

    static final SystemTiming INSTANCE = new SystemTiming();

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** One daemon thread for every client's scheduled waits: each task only hands a call on. */
    private static final ScheduledThreadPoolExecutor SCHEDULER = scheduler();

    private SystemTiming() {
    }

    private static ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sentry-client-pacer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    @Override
    public void schedule(Runnable task, Duration delay) {
        SCHEDULER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
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
    public void sleep(Duration duration, BooleanSupplier canceled) throws InterruptedIOException {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (canceled.getAsBoolean()) {
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
