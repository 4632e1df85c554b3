package io.github.sentryclient;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How often and how patiently a failed call is retried. Which failures are retried is fixed by the client (a
 * comment that may have reached Sentry is never posted again); this policy sets how many retries and the
 * exponential backoff with full jitter used when Sentry does not say how long to wait.
 *
 * <pre>{@code
 * SentryClient.builder().retryPolicy(RetryPolicy.none())           // never retry
 * SentryClient.builder().retryPolicy(RetryPolicy.builder().maxRetries(5).backoffCap(Duration.ofSeconds(4)).build())
 * }</pre>
 */
@Value.Immutable
public abstract class RetryPolicy {

    /** The most retries a policy may ask for. */
    public static final int MAX_RETRIES_LIMIT = 10;

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxRetries(0).build();

    /** How many times a failed call is retried after the first attempt; 3 by default, 0 to never retry. */
    @Value.Default
    public int maxRetries() {
        return 3;
    }

    /** The backoff before the first retry is a random wait up to this; 500 ms by default. */
    @Value.Default
    public Duration backoffBase() {
        return Duration.ofMillis(500);
    }

    /** The backoff doubles with each retry up to this cap; 8 s by default. */
    @Value.Default
    public Duration backoffCap() {
        return Duration.ofSeconds(8);
    }

    /** Three retries, 500 ms base, 8 s cap. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** No retries: every failure reaches the caller at once. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** Starts a builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (maxRetries() < 0 || maxRetries() > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + ", got "
                    + maxRetries());
        }
        if (backoffBase().isNegative() || backoffBase().isZero()) {
            throw new IllegalArgumentException("backoffBase must be positive, got " + backoffBase());
        }
        if (backoffCap().compareTo(backoffBase()) < 0) {
            throw new IllegalArgumentException("backoffCap must be at least backoffBase (" + backoffBase()
                    + "), got " + backoffCap());
        }
        if (backoffCap().compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("backoffCap must be at most 1 hour, got " + backoffCap());
        }
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder extends ImmutableRetryPolicy.Builder {
    }
}
