package io.github.sentryclient.error;

import java.time.Duration;
import java.util.Optional;

/** Sentry's rate limit was hit (429); {@link #retryAfter()} tells how long to wait, when Sentry said. */
public class SentryRateLimitException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * Creates the exception, with the parameters of {@link SentryClientException}'s constructor and one more.
     *
     * @param retryAfter how long to wait before trying again, or null when unknown
     */
    public SentryRateLimitException(String message, FailedRequest request, Duration retryAfter, Throwable cause) {
        super(message, request, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait before trying again: from {@code Retry-After} when present, else from
     * {@code X-Sentry-Rate-Limit-Reset}; empty when neither was sent.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
