package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.comment;
import static io.github.sentryclient.support.SentryServer.commentJson;
import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static io.github.sentryclient.support.SentryServer.ok;
import static io.github.sentryclient.support.SentryServer.resolve;
import static io.github.sentryclient.support.SentryServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.RateLimit;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What is retried, how long the client waits, and what the caller gets when retries run out. */
class RetryTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTiming timing = new FakeTiming();

    private SentryClient client() {
        return SentryServer.clientFor(server).timing(timing).build();
    }

    @Test
    void getIsRetriedOn503ThenSucceeds() {
        server.enqueue(status(503));
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            SentryResponse<Issue> response = client.getIssue(get("1"));
            assertThat(response.data().id()).isEqualTo("1");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(timing.sleeps()).hasSize(1);
        assertThat(timing.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(1));
    }

    @Test
    void eachRetryIsLoggedAtDebug() {
        server.enqueue(status(503));
        server.enqueue(ok(issueJson("1")));
        String logs;
        try (LogCapture capture = LogCapture.atTrace(); SentryClient client = client()) {
            client.getIssue(get("1"));
            logs = capture.text();
        }
        assertThat(logs).contains("sentry GET /api/0/organizations/acme/issues/1/ got 503; attempt 2 of 4 in");
    }

    @Test
    void getGivesUpAfterMaxRetriesWithTheLastAnswerAndTheAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(503));
        }
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOf(SentryServerException.class)
                    .hasMessageContaining("-> 503, after 4 attempts");
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        // Full jitter under a ceiling that doubles from 1 ms and stops at the 4 ms cap.
        assertThat(timing.sleeps()).hasSize(3);
        assertThat(timing.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(1));
        assertThat(timing.sleeps().get(1)).isLessThanOrEqualTo(Duration.ofMillis(2));
        assertThat(timing.sleeps().get(2)).isLessThanOrEqualTo(Duration.ofMillis(4));
    }

    @Test
    void putIsRetriedOn502And504() {
        server.enqueue(status(502));
        server.enqueue(status(504));
        server.enqueue(ok(issueJson("7")));
        try (SentryClient client = client()) {
            assertThat(client.updateIssueStatus(resolve("7")).data().id()).isEqualTo("7");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void postIsNeverReplayedAfterA5xx() throws InterruptedException {
        server.enqueue(status(503));
        server.enqueue(new MockResponse.Builder().code(201).body(commentJson("9", "hi")).build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.addComment(comment("1", "hi")))
                    .isInstanceOf(SentryServerException.class)
                    .hasMessageNotContaining("attempts");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    }

    @Test
    void postAnswered503WithRetryAfterZeroIsNotReplayedByOkHttpEither() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(new MockResponse.Builder().code(201).body(commentJson("9", "hi")).build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.addComment(comment("1", "hi")))
                    .isInstanceOf(SentryServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterOfA503IsHonouredForAGet() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build());
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "99999999999999999999").build());
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            assertThat(client.getIssue(get("1")).data().id()).isEqualTo("1");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(timing.sleeps()).hasSize(2).startsWith(Duration.ofSeconds(2));
        // An unreadable Retry-After falls back to backoff.
        assertThat(timing.sleeps().get(1)).isLessThanOrEqualTo(Duration.ofMillis(2));
    }

    @Test
    void postAnswered429IsRetriedBecauseSentryDidNotProcessIt() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
        server.enqueue(new MockResponse.Builder().code(201).body(commentJson("9", "hi")).build());
        try (SentryClient client = client()) {
            SentryResponse<Comment> response = client.addComment(comment("1", "hi"));
            assertThat(response.data().id()).isEqualTo("9");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void other5xxAndClientErrorsAreNotRetried() {
        server.enqueue(status(500));
        server.enqueue(status(409));
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1"))).isInstanceOf(SentryServerException.class);
            assertThatThrownBy(() -> client.updateIssueStatus(resolve("1")))
                    .isExactlyInstanceOf(SentryClientException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTiming.EPOCH.plusSeconds(12).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", date).build());
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void rateLimitResetIsTheWaitOf429WithoutRetryAfter() {
        long reset = FakeTiming.EPOCH.plusSeconds(5).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429)
                .setHeader("X-Sentry-Rate-Limit-Reset", reset)
                .setHeader("X-Sentry-Rate-Limit-Remaining", "0").build());
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        long reset = FakeTiming.EPOCH.plusSeconds(30).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2")
                .setHeader("X-Sentry-Rate-Limit-Reset", reset).build());
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void a503DoesNotWaitForTheRateLimitWindow() {
        long reset = FakeTiming.EPOCH.plusSeconds(30).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(503).setHeader("X-Sentry-Rate-Limit-Reset", reset).build());
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
        }
        assertThat(timing.sleeps()).hasSize(1);
        assertThat(timing.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(1));
    }

    @Test
    void neverWaitsPastTheCallDeadline() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "25").build());
        }
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).callTimeout(Duration.ofSeconds(60))
                .build()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOfSatisfying(SentryRateLimitException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(25)))
                    .hasMessageContaining("after 3 attempts");
        }
        // Two waits of 25 s fit in 60 s; a third would end past the deadline, so the last 429 is final.
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(25), Duration.ofSeconds(25));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aWaitLongerThanTheDeadlineFailsAtOnce() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOf(SentryServerException.class)
                    .hasMessageNotContaining("attempts");
        }
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void retriesCanBeTurnedOffOrCounted() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503));
        }
        try (SentryClient none = SentryServer.clientFor(server).timing(timing).retryPolicy(RetryPolicy.none())
                .build()) {
            assertThatThrownBy(() -> none.getIssue(get("1"))).isInstanceOf(SentryServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        try (SentryClient one = SentryServer.clientFor(server).timing(timing).maxRetries(1).build()) {
            assertThatThrownBy(() -> one.getIssue(get("1")))
                    .isInstanceOf(SentryServerException.class)
                    .hasMessageContaining("after 2 attempts");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRequestThatNeverLeftIsRetriedEvenForPost() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String url = closed.url("/").toString();
        closed.close();
        try (SentryClient client = SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme").baseUrl(url)
                .retryPolicy(SentryServer.FAST).timing(timing).build()) {
            assertThatThrownBy(() -> client.addComment(comment("1", "hi")))
                    .isInstanceOf(SentryTransportException.class)
                    .hasMessageContaining("after 4 attempts");
        }
        assertThat(timing.sleeps()).hasSize(3);
    }

    @Test
    void asyncCallsRetryTheSameWay() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        server.enqueue(status(503));
        server.enqueue(ok(issueJson("5")));
        server.enqueue(status(503));
        try (SentryClient client = client()) {
            assertThat(client.async().getIssue(get("5")).get(5, TimeUnit.SECONDS).data().id()).isEqualTo("5");
            CompletableFuture<SentryResponse<Comment>> post = client.async().addComment(comment("5", "x"));
            assertThatThrownBy(() -> post.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SentryServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void theLatestRateLimitIsReadableFromTheClient() {
        server.enqueue(new MockResponse.Builder().code(200).body(issueJson("1"))
                .setHeader("X-Sentry-Rate-Limit-Limit", "40")
                .setHeader("X-Sentry-Rate-Limit-Remaining", "39")
                .setHeader("X-Sentry-Rate-Limit-Reset", "1767225600")
                .setHeader("X-Sentry-Rate-Limit-ConcurrentLimit", "25")
                .setHeader("X-Sentry-Rate-Limit-ConcurrentRemaining", "24").build());
        server.enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"gone\"}")
                .setHeader("X-Sentry-Rate-Limit-Remaining", "38").build());
        server.enqueue(ok(issueJson("3")));
        try (SentryClient client = client()) {
            assertThat(client.rateLimit()).isEmpty();
            SentryResponse<Issue> first = client.getIssue(get("1"));
            RateLimit expected = RateLimit.builder().limit(40).remaining(39)
                    .reset(Instant.ofEpochSecond(1767225600)).concurrentLimit(25).concurrentRemaining(24).build();
            assertThat(first.rateLimit()).contains(expected);
            assertThat(client.rateLimit()).contains(expected);
            assertThatThrownBy(() -> client.getIssue(get("2"))).isInstanceOf(SentryClientException.class);
            assertThat(client.rateLimit()).contains(RateLimit.builder().remaining(38).build());
            // A response without the headers leaves the latest known state in place.
            client.getIssue(get("3"));
            assertThat(client.rateLimit()).contains(RateLimit.builder().remaining(38).build());
        }
    }
}
