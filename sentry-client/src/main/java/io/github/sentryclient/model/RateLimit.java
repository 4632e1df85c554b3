package io.github.sentryclient.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Sentry's rate-limit state for an endpoint, read from the {@code X-Sentry-Rate-Limit-*} response headers. */
@Value.Immutable
public abstract class RateLimit {

    /** Requests allowed per window ({@code X-Sentry-Rate-Limit-Limit}). */
    public abstract OptionalInt limit();

    /** Requests left in the current window ({@code X-Sentry-Rate-Limit-Remaining}). */
    public abstract OptionalInt remaining();

    /** When the current window ends ({@code X-Sentry-Rate-Limit-Reset}). */
    public abstract Optional<Instant> reset();

    /** Concurrent requests allowed ({@code X-Sentry-Rate-Limit-ConcurrentLimit}). */
    public abstract OptionalInt concurrentLimit();

    /** Concurrent requests left ({@code X-Sentry-Rate-Limit-ConcurrentRemaining}). */
    public abstract OptionalInt concurrentRemaining();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RateLimit}. */
    public static final class Builder extends ImmutableRateLimit.Builder {
    }
}
