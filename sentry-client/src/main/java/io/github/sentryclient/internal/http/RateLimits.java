package io.github.sentryclient.internal.http;

import io.github.sentryclient.model.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Headers;
import okhttp3.Response;

/** Reads Sentry's rate-limit headers and how long a 429 asks the caller to wait. */
public final class RateLimits {

    static final String LIMIT = "X-Sentry-Rate-Limit-Limit";
    static final String REMAINING = "X-Sentry-Rate-Limit-Remaining";
    static final String RESET = "X-Sentry-Rate-Limit-Reset";
    static final String CONCURRENT_LIMIT = "X-Sentry-Rate-Limit-ConcurrentLimit";
    static final String CONCURRENT_REMAINING = "X-Sentry-Rate-Limit-ConcurrentRemaining";
    private static final Duration MAX_WAIT = Duration.ofDays(1);
    private static final String PREFIX = "X-Sentry-Rate-Limit-";
    private static final String[] NAMES = {LIMIT, REMAINING, RESET, CONCURRENT_LIMIT, CONCURRENT_REMAINING};
    /** Year 9999: anything later is not a real reset time. */
    private static final double MAX_EPOCH_SECONDS = 253_402_300_799d;

    private RateLimits() {
    }

    /**
     * The rate-limit state of a response that came through the client's stack, as read once when it arrived;
     * read from its headers if it did not come that way.
     */
    public static Optional<RateLimit> of(Response response) {
        Attempt attempt = response.request().tag(Attempt.class);
        Optional<RateLimit> read = attempt == null ? null : attempt.rateLimit();
        return read != null ? read : from(response.headers());
    }

    /** The rate-limit state the headers carry; empty when they carry none. */
    public static Optional<RateLimit> from(Headers headers) {
        // One pass over the headers rather than a scan per name; the last value of a repeated header wins, as
        // with Headers.get.
        String[] values = new String[NAMES.length];
        boolean any = false;
        for (int i = 0, size = headers.size(); i < size; i++) {
            String name = headers.name(i);
            if (name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                for (int n = 0; n < NAMES.length; n++) {
                    if (name.equalsIgnoreCase(NAMES[n])) {
                        values[n] = headers.value(i);
                        any = true;
                        break;
                    }
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        OptionalInt limit = integer(values[0]);
        OptionalInt remaining = integer(values[1]);
        Optional<Instant> reset = epochSeconds(values[2]);
        OptionalInt concurrentLimit = integer(values[3]);
        OptionalInt concurrentRemaining = integer(values[4]);
        if (limit.isEmpty() && remaining.isEmpty() && reset.isEmpty() && concurrentLimit.isEmpty()
                && concurrentRemaining.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RateLimit.builder()
                .limit(limit)
                .remaining(remaining)
                .reset(reset)
                .concurrentLimit(concurrentLimit)
                .concurrentRemaining(concurrentRemaining)
                .build());
    }

    /**
     * How long to wait before retrying: {@code Retry-After} (seconds or an HTTP date) when present, else until
     * {@code X-Sentry-Rate-Limit-Reset}; never negative; empty when neither header is usable.
     */
    public static Optional<Duration> retryAfter(Headers headers, Clock clock) {
        Optional<Duration> retryAfter = retryAfterHeader(headers, clock);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return epochSeconds(headers.get(RESET)).map(reset -> nonNegative(Duration.between(clock.instant(), reset)));
    }

    /** How long {@code Retry-After} (seconds or an HTTP date) asks to wait; empty when absent or unreadable. */
    static Optional<Duration> retryAfterHeader(Headers headers, Clock clock) {
        String retryAfter = headers.get("Retry-After");
        if (retryAfter == null) {
            return Optional.empty();
        }
        String value = retryAfter.trim();
        try {
            return Optional.of(nonNegative(Duration.ofSeconds(Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(clock.instant(), when)));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /** Clamps a wait to [0, one day]: longer answers mean "not soon", and stay safe to do arithmetic with. */
    private static Duration nonNegative(Duration duration) {
        if (duration.isNegative()) {
            return Duration.ZERO;
        }
        return duration.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : duration;
    }

    private static OptionalInt integer(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            if (!Double.isFinite(seconds) || Math.abs(seconds) > MAX_EPOCH_SECONDS) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochSecond((long) seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
