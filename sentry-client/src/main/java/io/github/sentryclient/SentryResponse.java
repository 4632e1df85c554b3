package io.github.sentryclient;

import io.github.sentryclient.model.RateLimit;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a successful operation: the data Sentry returned, a one-line summary of what happened, the HTTP
 * status and the rate-limit state Sentry reported.
 *
 * @param <T> the type of the data
 */
public final class SentryResponse<T> {

    private final String message;
    private final T data;
    private final int statusCode;
    private final RateLimit rateLimit;

    private SentryResponse(String message, T data, int statusCode, RateLimit rateLimit) {
        this.message = Objects.requireNonNull(message, "message");
        this.data = Objects.requireNonNull(data, "data");
        this.statusCode = statusCode;
        this.rateLimit = rateLimit;
    }

    /**
     * Creates a response, for example to stand in for the client in a test.
     *
     * @param message what happened, in one line; must not be blank
     * @param data the result
     * @param statusCode the HTTP status of the (last) exchange
     * @param rateLimit the rate-limit state, or empty
     */
    public static <T> SentryResponse<T> of(String message, T data, int statusCode, Optional<RateLimit> rateLimit) {
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        return new SentryResponse<>(message, data, statusCode, rateLimit.orElse(null));
    }

    /** What happened, in one line a person understands; never empty. */
    public String message() {
        return message;
    }

    /** The data Sentry returned. */
    public T data() {
        return data;
    }

    /** The HTTP status of the exchange that produced the data, such as 200 or 201. */
    public int statusCode() {
        return statusCode;
    }

    /** The rate-limit state from the {@code X-Sentry-Rate-Limit-*} headers, when Sentry sent them. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentryResponse<?> that && message.equals(that.message) && data.equals(that.data)
                && statusCode == that.statusCode && Objects.equals(rateLimit, that.rateLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, data, statusCode, rateLimit);
    }

    @Override
    public String toString() {
        return "SentryResponse{statusCode=" + statusCode + ", message=" + message + ", data=" + data + "}";
    }
}
