package io.github.sentryclient.internal.http;

import io.github.sentryclient.model.RateLimit;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces the client's calls to Sentry's rate limits, per route (method and path template), as Sentry counts them.
 *
 * <p>Each route keeps what its answers reported ({@code X-Sentry-Rate-Limit-Limit}, {@code -Remaining},
 * {@code -Reset}, {@code -ConcurrentLimit}). A call is admitted while the route's window has budget left for it,
 * counting the calls already in flight on the route, and while the route's concurrent limit has room; otherwise it
 * waits: for the window's reset, or for an answer. Until a route's first answer arrives, one call at a time goes out
 * on it, so that a burst learns the limits before it spends them. When more calls wait than the window has budget
 * for, the budget is spread over what is left of the window rather than spent at its first millisecond, so that
 * every answer's {@code Remaining} is seen before the next call goes; when Sentry counts more calls than this client
 * sent (other clients of the same token), this client takes its share of the window.
 * A 429 closes the route until its reset (or {@code Retry-After}). Sentry's {@code Remaining} is the truth shared
 * with every other client of the same token, so each client paces on what Sentry reports.
 *
 * <p>Waiting costs nothing: a waiting call holds no connection and no slot; an async call holds no thread either
 * (its admission is scheduled by {@link Timing#schedule}).
 */
final class Pacer {

    /** A wait that is not a time: the call goes when an answer on its route arrives. */
    static final long UNTIL_ANSWER = Long.MAX_VALUE;
    /** Sentry's windows are one second unless two answers' resets say otherwise. */
    static final long DEFAULT_WINDOW_MILLIS = 1000;
    /** How long a waiting sync call sleeps between looks at a route that waits for an answer. */
    private static final long ANSWER_SLICE_MILLIS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Pacer.class);

    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Timing timing;
    private final ClientEvents events;

    Pacer(Timing timing, ClientEvents events) {
        this.timing = timing;
        this.events = events;
    }

    /**
     * Waits on this thread until a call on {@code route} may go, and admits it.
     *
     * @param deadlineNanos the call's deadline, on {@link Timing#nanoTime()}
     * @throws PaceTimeoutException if the route's next slot comes after the deadline
     * @throws InterruptedIOException if the call was canceled or the thread interrupted
     */
    Permit acquire(String route, long deadlineNanos, BooleanSupplier canceled) throws InterruptedIOException {
        Route state = route(route);
        synchronized (state) {
            state.syncWaiting++;
        }
        try {
            return waitForSlot(state, deadlineNanos, canceled);
        } finally {
            synchronized (state) {
                state.syncWaiting--;
            }
        }
    }

    private Permit waitForSlot(Route state, long deadlineNanos, BooleanSupplier canceled)
            throws InterruptedIOException {
        boolean logged = false;
        while (true) {
            long delay;
            synchronized (state) {
                delay = state.delay(millis());
                if (delay == 0) {
                    return state.admit(millis());
                }
                if (delay == UNTIL_ANSWER) {
                    checkLeft(state, deadlineNanos, 0, canceled);
                    try {
                        state.wait(ANSWER_SLICE_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("Interrupted while waiting for Sentry's rate limit");
                    }
                    continue;
                }
                checkLeft(state, deadlineNanos, delay, canceled);
            }
            if (!logged) {
                logWait(state, delay);
                logged = true;
            }
            timing.sleep(Duration.ofMillis(delay), canceled);
        }
    }

    /**
     * Admits a call on {@code route} when it may go, without holding a thread meanwhile. The future fails with
     * {@link PaceTimeoutException} when the route's next slot comes after the deadline; cancelling it ends the wait.
     */
    CompletableFuture<Permit> acquireAsync(String route, long deadlineNanos) {
        Route state = route(route);
        CompletableFuture<Permit> admitted = new CompletableFuture<>();
        synchronized (state) {
            if (state.waiters.isEmpty() && state.delay(millis()) == 0) {
                admitted.complete(state.admit(millis()));
                return admitted;
            }
            state.waiters.add(new Waiter(admitted, deadlineNanos));
        }
        drain(state);
        return admitted;
    }

    /** Gives back the slot of a call that has its answer (or failed). */
    void release(Permit permit) {
        Route state = permit.route();
        synchronized (state) {
            state.inFlight--;
            state.notifyAll();
        }
        drain(state);
    }

    /**
     * Takes in what one answer on {@code route} reported: its rate-limit headers, and for a 429 the wait it asks
     * for ({@code Retry-After}, else the reset).
     */
    void observe(String route, int status, Optional<RateLimit> limits, Optional<Duration> retryAfter) {
        Route state = route(route);
        synchronized (state) {
            state.observe(millis(), status, limits.orElse(null), retryAfter.orElse(null));
            state.notifyAll();
        }
        if (status == 429) {
            events.rateLimited(route);
            logLimited(route, state);
        }
        drain(state);
    }

    /** Tells the metrics that a call on {@code route} is sent again after a 5xx or a network failure. */
    void retried(String route) {
        events.retried(route);
    }

    /** The client's metrics. */
    ClientEvents events() {
        return events;
    }

    /** How long a call on {@code route} would wait now for a slot; 0 when it could go, or {@link #UNTIL_ANSWER}. */
    long delay(String route) {
        Route state = route(route);
        synchronized (state) {
            return state.delay(millis());
        }
    }

    /** Whether a call on {@code route} that was answered 429 can wait for its next slot within the deadline. */
    boolean fitsAfterLimit(String route, long deadlineNanos) {
        long delay = delay(route);
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - timing.nanoTime());
        return delay != UNTIL_ANSWER && delay < left || delay == UNTIL_ANSWER && left > 0;
    }

    /** A snapshot of every route's state, for metrics and tests. */
    Map<String, RouteSnapshot> snapshot() {
        Map<String, RouteSnapshot> copy = new java.util.TreeMap<>();
        routes.forEach((key, state) -> {
            synchronized (state) {
                copy.put(key, new RouteSnapshot(state.limit, state.remaining, state.inFlight, state.waiters.size()));
            }
        });
        return copy;
    }

    private Route route(String key) {
        Route known = routes.get(key);
        if (known != null) {
            return known;
        }
        Route created = routes.computeIfAbsent(key, Route::new);
        if (!created.announced) {
            created.announced = true;
            events.routeSeen(key, () -> {
                synchronized (created) {
                    return created.limited ? created.remaining : -1;
                }
            });
        }
        return created;
    }

    private long millis() {
        return timing.clock().millis();
    }

    private void checkLeft(Route state, long deadlineNanos, long delay, BooleanSupplier canceled)
            throws InterruptedIOException {
        if (canceled.getAsBoolean()) {
            throw new InterruptedIOException("Canceled");
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - timing.nanoTime());
        if (left <= 0 || delay >= left) {
            throw new PaceTimeoutException(state.key, delay, state.limit);
        }
    }

    /** Admits the waiting async calls that may go now, fails those whose slot is past their deadline. */
    private void drain(Route state) {
        List<Runnable> outcomes = new ArrayList<>();
        long next = -1;
        synchronized (state) {
            while (!state.waiters.isEmpty()) {
                Waiter waiter = state.waiters.peek();
                if (waiter.admitted().isDone()) {
                    state.waiters.poll();
                    continue;
                }
                long now = millis();
                long delay = state.delay(now);
                if (delay == 0) {
                    state.waiters.poll();
                    Permit permit = state.admit(now);
                    outcomes.add(() -> {
                        if (!waiter.admitted().complete(permit)) {
                            release(permit);
                        }
                    });
                    continue;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(waiter.deadlineNanos() - timing.nanoTime());
                if (delay != UNTIL_ANSWER && delay >= left || left <= 0) {
                    state.waiters.poll();
                    PaceTimeoutException late = new PaceTimeoutException(state.key, delay, state.limit);
                    outcomes.add(() -> waiter.admitted().completeExceptionally(late));
                    continue;
                }
                if (delay != UNTIL_ANSWER && !state.timerPending) {
                    state.timerPending = true;
                    next = delay;
                }
                break;
            }
        }
        outcomes.forEach(Runnable::run);
        if (next >= 0) {
            logWait(state, next);
            timing.schedule(() -> {
                synchronized (state) {
                    state.timerPending = false;
                }
                drain(state);
            }, Duration.ofMillis(next));
        }
    }

    private void logWait(Route state, long delay) {
        events.pacedWait(state.key, delay);
        if (LOG.isDebugEnabled()) {
            synchronized (state) {
                LOG.debug("sentry {}: waiting {} ms for Sentry's rate limit (remaining {} of {}, reset at {}, {} in"
                        + " flight)", state.key, delay, state.remaining, state.limit, state.reset, state.inFlight);
            }
        }
    }

    private static void logLimited(String route, Route state) {
        if (LOG.isDebugEnabled()) {
            synchronized (state) {
                LOG.debug("sentry {}: answered 429; the route waits until {} (limit {})", route, state.blockedUntil,
                        state.limit);
            }
        }
    }

    /** The slot of one admitted call. */
    record Permit(Route route) {
    }

    /** What a route's state was at a moment. */
    record RouteSnapshot(int limit, int remaining, int inFlight, int waiting) {
    }

    private record Waiter(CompletableFuture<Permit> admitted, long deadlineNanos) {
    }

    /** One route's state; every field is guarded by the route itself. */
    static final class Route {

        private final String key;
        private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
        /** Sync calls waiting in {@link Pacer#acquire}. */
        private int syncWaiting;
        /** Whether an answer arrived, and whether answers carry rate limits. */
        private boolean learned;
        private boolean limited;
        private int limit = -1;
        private int remaining;
        /** The end of the current window, epoch milliseconds; 0 before one is known. */
        private long reset;
        private long window = DEFAULT_WINDOW_MILLIS;
        private int concurrentLimit = Integer.MAX_VALUE;
        private int inFlight;
        /** Set by a 429: nothing goes before this time. */
        private long blockedUntil;
        private boolean timerPending;
        private volatile boolean announced;
        /** This client's admissions in the current window, and the time of the last one. */
        private int ownInWindow;
        private long lastAdmit;
        private boolean refusedInWindow;
        /** How many clients seem to spend the same budget: Sentry counted more than this client sent. */
        private double sharers = 1;

        Route(String key) {
            this.key = key;
        }

        long delay(long now) {
            if (!learned) {
                return inFlight == 0 ? 0 : UNTIL_ANSWER;
            }
            if (inFlight >= concurrentLimit) {
                return UNTIL_ANSWER;
            }
            if (blockedUntil > now) {
                return blockedUntil - now;
            }
            if (!limited) {
                return 0;
            }
            roll(now);
            int budget = remaining - inFlight;
            if (budget <= 0) {
                if (reset > now) {
                    return reset - now;
                }
                // No reset to wait for: one call at a time finds out whether there is budget again.
                return inFlight == 0 ? 0 : UNTIL_ANSWER;
            }
            int demand = waiters.size() + syncWaiting;
            if (reset <= now || demand <= budget && sharers < 1.2) {
                return 0;
            }
            // More calls than budget (or other clients on it): what is left of the window is spread over the budget
            // left, this client's share of it, rather than spent at once.
            long start = reset - window;
            long at;
            if (ownInWindow == 0) {
                at = start + (sharers < 1.2 ? 0 : ThreadLocalRandom.current().nextLong(Math.max(1,
                        Math.round(window * sharers / Math.max(1, limit)))));
            } else {
                long from = Math.max(lastAdmit, start);
                at = from + Math.round((reset - from) * sharers / budget);
            }
            return at > now ? at - now : 0;
        }

        Permit admit(long now) {
            inFlight++;
            ownInWindow++;
            lastAdmit = now;
            return new Permit(this);
        }

        /** Starts the next window when the clock passed the reset, with the whole limit as its budget. */
        private void roll(long now) {
            if (reset == 0 || now < reset) {
                return;
            }
            long passed = (now - reset) / window + 1;
            // Without a reported limit, one call finds out the new window's budget.
            newWindow(reset + passed * window, limit > 0 ? limit : 1, passed == 1);
        }

        /** What a window that ends learns for the next: how many clients spent it, from what Sentry counted. */
        private void newWindow(long newReset, int budget, boolean adjacent) {
            if (adjacent && reset > 0 && limit > 0 && ownInWindow > 0) {
                double counted = limit - remaining + (refusedInWindow ? 1 : 0);
                // One call more than this client sent is a late call of its own, counted in the next window.
                double estimate = counted - ownInWindow > 1 ? counted / ownInWindow : 1;
                sharers = Math.max(1, (sharers + estimate) / 2);
            }
            reset = newReset;
            remaining = budget;
            ownInWindow = 0;
            refusedInWindow = false;
        }

        void observe(long now, int status, RateLimit limits, Duration retryAfter) {
            learned = true;
            if (limits != null) {
                limits.concurrentLimit().ifPresent(value -> concurrentLimit = Math.max(1, value));
                if (limits.limit().isPresent() || limits.remaining().isPresent()) {
                    limited = true;
                    limits.limit().ifPresent(value -> limit = value);
                    long answerReset = limits.reset().map(instant -> instant.toEpochMilli()).orElse(0L);
                    int answerRemaining = limits.remaining().orElse(limit);
                    if (answerReset == 0) {
                        remaining = answerRemaining;
                    } else if (answerReset > reset) {
                        long previous = reset;
                        newWindow(answerReset, answerRemaining, previous > 0 && answerReset - previous <= window);
                        if (previous > 0 && answerReset - previous < window) {
                            window = answerReset - previous;
                        }
                    } else if (answerReset == reset) {
                        remaining = Math.min(remaining, answerRemaining);
                    }
                }
            }
            if (status == 429) {
                refusedInWindow = true;
                remaining = 0;
                long until = retryAfter != null ? now + retryAfter.toMillis()
                        : reset > now ? reset : now + window;
                blockedUntil = Math.max(blockedUntil, until);
            }
        }
    }
}
