package io.github.sentryclient.internal.http;

import java.util.function.IntSupplier;

/** What a client tells its metrics: calls, 429s, retries, paced waits and each route's budget. None by default. */
public interface ClientEvents {

    /** A client without metrics. */
    ClientEvents NONE = new ClientEvents() {
    };

    /** An operation's call ended: {@code outcome} is {@code ok} or the exception's simple name. */
    default void callEnded(String operation, String outcome, long nanos) {
    }

    /** Sentry answered a call on {@code route} with 429. */
    default void rateLimited(String route) {
    }

    /** A call on {@code route} is sent again after a 5xx or a network failure. */
    default void retried(String route) {
    }

    /** A call on {@code route} waits {@code millis} for its rate limit before it is sent. */
    default void pacedWait(String route, long millis) {
    }

    /** The client starts pacing {@code route}, whose remaining budget {@code remaining} reads (-1 when unknown). */
    default void routeSeen(String route, IntSupplier remaining) {
    }
}
