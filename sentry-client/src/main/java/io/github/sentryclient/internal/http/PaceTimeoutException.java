package io.github.sentryclient.internal.http;

import java.io.InterruptedIOException;

/** A call whose route has no slot for it before the call's deadline: it was not sent. */
final class PaceTimeoutException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    private final transient String route;
    private final long waitMillis;

    PaceTimeoutException(String route, long waitMillis, int limit) {
        super(waitMillis == Pacer.UNTIL_ANSWER
                ? "no slot on " + route + " before the call's deadline: the calls in flight on it did not answer"
                : "the next slot on " + route + " under Sentry's rate limit" + (limit > 0 ? " of " + limit : "")
                        + " is in " + waitMillis + " ms, after the call's deadline");
        this.route = route;
        this.waitMillis = waitMillis;
    }

    /** The route, such as {@code GET issues/{issueId}/}. */
    String route() {
        return route;
    }

    /** How long the call would have had to wait, or {@link Pacer#UNTIL_ANSWER}. */
    long waitMillis() {
        return waitMillis;
    }
}
