package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import okhttp3.Call;

/**
 * Caps the requests one client has in flight, sync and async alike: unbounded until Sentry reports
 * {@code X-Sentry-Rate-Limit-ConcurrentLimit}, then at most the latest value reported.
 *
 * <p>Each new limit also goes to {@code onLimit}: the client's OkHttp dispatcher takes it as its per-host cap, so
 * that async calls beyond the limit wait in the dispatcher's queue rather than each blocking a thread here.
 *
 * <p>The slots are a {@link Semaphore}'s permits, so that taking and giving back a free slot is one atomic update
 * rather than a lock that every dispatcher thread queues for when many calls are in flight. A lower limit may
 * leave the permits below zero until enough calls finish.
 */
final class ConcurrencyLimiter {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Slots slots = new Slots(Integer.MAX_VALUE);
    private final IntConsumer onLimit;
    /** Guarded by {@code this}; read without it only for messages and tests. */
    private volatile int limit = Integer.MAX_VALUE;

    /** A limiter that tells {@code onLimit} each limit Sentry reports. */
    ConcurrencyLimiter(IntConsumer onLimit) {
        this.onLimit = onLimit;
    }

    /**
     * Takes a slot, waiting at most {@code timeoutNanos} for one.
     *
     * @throws InterruptedIOException if no slot freed in time, or the call was canceled
     */
    void acquire(long timeoutNanos, Call call) throws InterruptedIOException {
        if (slots.tryAcquire()) {
            return;
        }
        long end = System.nanoTime() + timeoutNanos;
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (call.isCanceled()) {
                    throw new InterruptedIOException("Canceled");
                }
                if (left <= 0) {
                    throw new InterruptedIOException("timeout: no free slot among Sentry's limit of " + limit
                            + " concurrent requests before the call deadline");
                }
                // Waits in slices, so that a canceled call stops waiting soon.
                if (slots.tryAcquire(Math.min(left, SLICE_NANOS), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for a concurrent request slot");
        }
    }

    void release() {
        slots.release();
    }

    /**
     * Applies the limit Sentry reported; values below 1 are ignored. {@code onLimit} is told under the same lock,
     * so that it always ends with the latest limit (it never calls back into this limiter).
     */
    synchronized void limit(int newLimit) {
        if (newLimit < 1 || newLimit == limit) {
            return;
        }
        long change = (long) newLimit - limit;
        limit = newLimit;
        if (change > 0) {
            slots.release((int) change);
        } else {
            slots.reducePermits((int) -change);
        }
        onLimit.accept(newLimit);
    }

    int limit() {
        return limit;
    }

    synchronized int inFlight() {
        return limit - slots.availablePermits();
    }

    /** A semaphore whose permits can be taken away, as a lower limit needs. */
    private static final class Slots extends Semaphore {

        private static final long serialVersionUID = 1L;

        Slots(int permits) {
            super(permits);
        }

        @Override
        protected void reducePermits(int reduction) {
            super.reducePermits(reduction);
        }
    }
}
