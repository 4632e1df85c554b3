package io.github.sentryclient.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one call keeps across all its requests, including those sent again after a 429: its deadline, the retries it
 * has used and whether an earlier attempt may have been applied. It reaches each request as a tag, set by the
 * call factory of {@link HttpStack} while {@link SentryCall} hands its request to OkHttp.
 */
final class CallState {

    private static final ThreadLocal<CallState> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile boolean mayHaveApplied;

    CallState(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Makes this the state that the call factory tags new requests with, on this thread, until {@link #leave}; the
     * call's OkHttp request is created while it is handed to OkHttp.
     *
     * @return the state to give back to {@link #leave}
     */
    CallState enter() {
        CallState previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    static void leave(CallState previous) {
        CURRENT.set(previous);
    }

    /** The state the call factory tags a new request with, or null outside {@link #enter}. */
    static CallState current() {
        return CURRENT.get();
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** Counts one more attempt and returns how many there were, from 1. */
    int nextAttempt() {
        return attempts.incrementAndGet();
    }

    int attempts() {
        return attempts.get();
    }

    /** The retries (after a 5xx or a network failure) used so far. */
    int retries() {
        return retries.get();
    }

    void retried() {
        retries.incrementAndGet();
    }

    boolean mayHaveApplied() {
        return mayHaveApplied;
    }

    void mayHaveApplied(boolean value) {
        mayHaveApplied |= value;
    }
}
