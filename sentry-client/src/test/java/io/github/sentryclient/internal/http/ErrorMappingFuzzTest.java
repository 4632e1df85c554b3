package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * Property: error mapping and rate-limit parsing accept any status, headers and body (random and mutated, fixed
 * seed) and answer with the exception of the status' class, never throwing themselves.
 */
class ErrorMappingFuzzTest {

    private static final long SEED = 7_2026L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] SHAPES = {"{\"detail\":\"%s\"}", "{\"detail\":{\"message\":\"%s\"}}",
        "{\"detail\":{\"code\":\"%s\"}}", "{\"%s\":[\"required\"]}", "[\"%s\"]", "\"%s\"", "<html><title>%s</title>",
        "%s", "{\"message\":\"%s\"}", "{\"a\":{\"b\":{\"%s\":1}}}", "{\"detail\":{}}", "{\"detail\":null}"};

    @Test
    void anyErrorAnswerMapsToTheExceptionOfItsStatus() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            int status = 300 + random.nextInt(300);
            String body = body(random);
            Headers headers = headers(random);
            String path = "/api/0/organizations/acme/issues/" + random.nextInt(99) + "/";
            String reason = random.nextBoolean() ? "Reason" : "";
            SentryClientException e = random.nextBoolean()
                    ? ErrorMapping.toException(status, reason, headers, body, "GET", path, CLOCK)
                    : ErrorMapping.toException(status, reason, headers, body, "GET", path, CLOCK,
                            1 + random.nextInt(4));
            assertThat(e).as("status %d, body %s", status, body).isInstanceOf(expected(status));
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.getMessage()).doesNotContain("\n").contains("-> " + status);
            assertThat(RateLimits.from(headers)).isNotNull();
            RateLimits.retryAfter(headers, CLOCK)
                    .ifPresent(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofDays(1)));
        }
    }

    private static Class<? extends SentryClientException> expected(int status) {
        switch (status) {
            case 400:
            case 422:
                return SentryValidationException.class;
            case 401:
                return SentryAuthenticationException.class;
            case 403:
                return SentryPermissionException.class;
            case 404:
                return SentryNotFoundException.class;
            case 429:
                return SentryRateLimitException.class;
            default:
                return status >= 500 ? SentryServerException.class : SentryClientException.class;
        }
    }

    private static String body(Random random) {
        String text = text(random, random.nextInt(60));
        String body = String.format(SHAPES[random.nextInt(SHAPES.length)], text.replace("%", "%%"));
        if (random.nextInt(4) == 0 && !body.isEmpty()) {
            body = body.substring(0, random.nextInt(body.length()));
        }
        return random.nextInt(20) == 0 ? "{".repeat(5000) : body;
    }

    private static Headers headers(Random random) {
        Headers.Builder headers = new Headers.Builder();
        String[] names = {"Retry-After", RateLimits.LIMIT, RateLimits.REMAINING, RateLimits.RESET,
            RateLimits.CONCURRENT_LIMIT, RateLimits.CONCURRENT_REMAINING, "Location"};
        for (String name : names) {
            if (random.nextBoolean()) {
                String[] values = {String.valueOf(random.nextInt()), String.valueOf(random.nextLong()), "",
                    "1.5e300", "NaN", "-Infinity", "Sun, 01 Mar 2026 12:00:" + (10 + random.nextInt(50)) + " GMT",
                    "Mon, 99 Foo 2026", " 12 ", text(random, 10), "99999999999999999999999"};
                headers.addUnsafeNonAscii(name, values[random.nextInt(values.length)]);
            }
        }
        return headers.build();
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(10) == 0 ? (char) (0x80 + random.nextInt(0x700))
                    : (char) (32 + random.nextInt(95)));
        }
        return text.toString().replace("\"", "'").replace("\\", "/");
    }
}
