package io.github.sentryclient.internal.http;

import io.github.sentryclient.model.RateLimit;
import java.util.Optional;
import okhttp3.Response;

/**
 * One attempt of a call, carried as a request tag: its number, whether the request reached the network (set by
 * {@link ExchangeGuard}), which decides whether a failed write may be sent again, and a {@code Retry-After} held
 * back from OkHttp; and the rate-limit state of its answer, read once by {@link RetryInterceptor}.
 */
final class Attempt {

    private final int number;
    private volatile boolean sent;
    private volatile String retryAfter;
    private volatile Optional<RateLimit> rateLimit;
    private volatile boolean earlierMayHaveApplied;

    Attempt(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    boolean sent() {
        return sent;
    }

    void markSent() {
        sent = true;
        retryAfter = null;
    }

    void holdRetryAfter(String value) {
        retryAfter = value;
    }

    /**
     * Whether an earlier attempt of the same call reached Sentry and got no answer that rules out its having been
     * applied (the connection dropped or timed out after sending, or a 502, 503 or 504 came back).
     */
    boolean earlierMayHaveApplied() {
        return earlierMayHaveApplied;
    }

    void earlierMayHaveApplied(boolean value) {
        earlierMayHaveApplied = value;
    }

    /** The rate-limit state of this attempt's answer, or null before it was read. */
    Optional<RateLimit> rateLimit() {
        return rateLimit;
    }

    void rateLimit(Optional<RateLimit> state) {
        rateLimit = state;
    }

    /** The response with the {@code Retry-After} header that {@link ExchangeGuard} held back, if any. */
    Response restore(Response response) {
        String held = retryAfter;
        if (held == null || response.header(ExchangeGuard.RETRY_AFTER) != null) {
            return response;
        }
        return response.newBuilder().header(ExchangeGuard.RETRY_AFTER, held).build();
    }
}
