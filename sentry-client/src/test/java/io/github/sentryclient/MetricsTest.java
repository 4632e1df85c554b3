package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static io.github.sentryclient.support.SentryServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.support.SentryServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** With a Micrometer registry, the client records its calls, 429s, retries, paced waits and each route's budget. */
class MetricsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTiming timing = new FakeTiming();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void recordsCallsRateLimitsRetriesWaitsAndTheRemainingBudget() throws Exception {
        long reset = FakeTiming.EPOCH.plusSeconds(2).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-Sentry-Rate-Limit-Limit", 5)
                .setHeader("X-Sentry-Rate-Limit-Remaining", 0).setHeader("X-Sentry-Rate-Limit-Reset", reset).build());
        server.enqueue(status(503));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Sentry-Rate-Limit-Limit", 5)
                .setHeader("X-Sentry-Rate-Limit-Remaining", 3).setHeader("X-Sentry-Rate-Limit-Reset", reset + 1)
                .body(issueJson("1")).build());
        server.enqueue(status(404));
        try (SentryClient client = SentryServer.clientFor(server).timing(timing)
                .metrics(SentryClientMetrics.of(registry)).build()) {
            client.getIssue(get("1"));
            assertThatThrownBy(() -> client.async().getIssue(get("2")).get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SentryNotFoundException.class);
        }

        String route = "GET issues/{issueId}/";
        assertThat(registry.get("sentry.client.calls").tags("operation", "getIssue", "outcome", "ok").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("sentry.client.calls").tags("outcome", "SentryNotFoundException").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("sentry.client.rate.limited").tag("route", route).counter().count()).isEqualTo(1);
        assertThat(registry.get("sentry.client.retries").tag("route", route).counter().count()).isEqualTo(1);
        assertThat(registry.get("sentry.client.paced.waits").tag("route", route).timer().totalTime(
                TimeUnit.MILLISECONDS)).isEqualTo(Duration.ofSeconds(2).toMillis());
        assertThat(registry.get("sentry.client.rate.limit.remaining").tag("route", route).gauge().value())
                .isEqualTo(3);
    }

    @Test
    void withoutARegistryNothingIsRecorded() {
        server.enqueue(SentryServer.ok(issueJson("1")));
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).build()) {
            client.getIssue(get("1"));
        }
        assertThat(registry.getMeters()).isEmpty();
    }
}
