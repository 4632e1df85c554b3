package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.RateLimit;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitsFromTest {

    @Test
    void readsAllFiveHeadersWhateverTheirCase() {
        Headers headers = Headers.of(
                "Content-Type", "application/json",
                "x-sentry-rate-limit-limit", "40",
                "X-Sentry-Rate-Limit-Remaining", " 39 ",
                "X-SENTRY-RATE-LIMIT-RESET", "1733477401.5",
                "X-Sentry-Rate-Limit-ConcurrentLimit", "25",
                "x-sentry-rate-limit-concurrentremaining", "24");

        RateLimit limit = RateLimits.from(headers).orElseThrow();

        assertThat(limit.limit()).hasValue(40);
        assertThat(limit.remaining()).hasValue(39);
        assertThat(limit.reset()).contains(Instant.ofEpochSecond(1733477401L));
        assertThat(limit.concurrentLimit()).hasValue(25);
        assertThat(limit.concurrentRemaining()).hasValue(24);
    }

    @Test
    void theLastOfARepeatedHeaderWinsAsWithHeadersGet() {
        Headers headers = Headers.of(
                "X-Sentry-Rate-Limit-Remaining", "10",
                "X-Sentry-Rate-Limit-Remaining", "9");

        RateLimit limit = RateLimits.from(headers).orElseThrow();

        assertThat(limit.remaining()).hasValue(9);
        assertThat(limit.limit()).isEmpty();
        assertThat(limit.reset()).isEmpty();
    }

    @Test
    void noRateLimitHeadersReadAsEmpty() {
        assertThat(RateLimits.from(Headers.of("Content-Type", "application/json", "X-Sentry-Other", "1")))
                .isEqualTo(Optional.empty());
        assertThat(RateLimits.from(Headers.of())).isEmpty();
    }

    @Test
    void onlyUnreadableValuesReadAsEmpty() {
        assertThat(RateLimits.from(Headers.of(
                "X-Sentry-Rate-Limit-Limit", "many",
                "X-Sentry-Rate-Limit-Reset", "soon",
                "X-Sentry-Rate-Limit-Unknown", "1"))).isEmpty();
    }
}
