package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Instant NOW = Instant.parse("2024-12-06T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void readsNothingFromHeadersWithoutRateLimits() {
        assertThat(RateLimits.from(Headers.of("Content-Type", "application/json"))).isEmpty();
    }

    @Test
    void readsWhateverIsPresentAndSkipsGarbage() {
        var rateLimit = RateLimits.from(Headers.of("X-Sentry-Rate-Limit-Remaining", "3",
                "X-Sentry-Rate-Limit-Limit", "many", "X-Sentry-Rate-Limit-Reset", "1e400")).orElseThrow();

        assertThat(rateLimit.remaining()).hasValue(3);
        assertThat(rateLimit.limit()).isEmpty();
        assertThat(rateLimit.reset()).isEmpty();
    }

    @Test
    void retryAfterPrefersRetryAfterSeconds() {
        assertThat(RateLimits.retryAfter(Headers.of("Retry-After", " 12 ",
                "X-Sentry-Rate-Limit-Reset", String.valueOf(NOW.getEpochSecond() + 60)), CLOCK))
                .contains(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterReadsHttpDates() {
        assertThat(RateLimits.retryAfter(Headers.of("Retry-After", "Fri, 06 Dec 2024 12:00:30 GMT"), CLOCK))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterNeverGoesNegative() {
        assertThat(RateLimits.retryAfter(Headers.of("Retry-After", "-5"), CLOCK)).contains(Duration.ZERO);
        assertThat(RateLimits.retryAfter(Headers.of("Retry-After", "Fri, 06 Dec 2024 11:00:00 GMT"), CLOCK))
                .contains(Duration.ZERO);
        assertThat(RateLimits.retryAfter(Headers.of("X-Sentry-Rate-Limit-Reset",
                String.valueOf(NOW.getEpochSecond() - 5)), CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterFallsBackToTheResetHeader() {
        assertThat(RateLimits.retryAfter(Headers.of("Retry-After", "later",
                "X-Sentry-Rate-Limit-Reset", (NOW.getEpochSecond() + 4) + ".0"), CLOCK))
                .contains(Duration.ofSeconds(4));
        assertThat(RateLimits.retryAfter(Headers.of(), CLOCK)).isEmpty();
        assertThat(RateLimits.retryAfter(Headers.of("X-Sentry-Rate-Limit-Reset", "NaN"), CLOCK)).isEmpty();
    }
}
