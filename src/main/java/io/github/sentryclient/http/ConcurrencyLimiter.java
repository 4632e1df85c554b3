package io.github.sentryclient.http;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Call;

/**
 * Caps the requests one client has in flight, sync and async alike: unbounded until Sentry reports
 * {@code X-Sentry-Rate-Limit-ConcurrentLimit}, then at most the latest value reported.
 */
final class ConcurrencyLimiter {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private int limit = Integer.MAX_VALUE;
    private int inFlight;

    /**
     * Takes a slot, waiting at most {@code timeoutNanos} for one.
     *
     * @throws InterruptedIOException if no slot freed in time, or the call was canceled
     */
    void acquire(long timeoutNanos, Call call) throws InterruptedIOException {
        long end = System.nanoTime() + timeoutNanos;
        lock.lock();
        try {
            while (inFlight >= limit) {
                long left = end - System.nanoTime();
                if (call.isCanceled()) {
                    throw new InterruptedIOException("Canceled");
                }
                if (left <= 0) {
                    throw new InterruptedIOException("timeout: no free slot among Sentry's limit of " + limit
                            + " concurrent requests before the call deadline");
                }
                released.awaitNanos(Math.min(left, SLICE_NANOS));
            }
            inFlight++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for a concurrent request slot");
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            inFlight--;
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Applies the limit Sentry reported; values below 1 are ignored. */
    void limit(int newLimit) {
        if (newLimit < 1) {
            return;
        }
        lock.lock();
        try {
            if (newLimit != limit) {
                limit = newLimit;
                released.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }
}
