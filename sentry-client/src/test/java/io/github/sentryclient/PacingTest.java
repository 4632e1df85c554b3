package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.comment;
import static io.github.sentryclient.support.SentryServer.commentJson;
import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static io.github.sentryclient.support.SentryServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Calls are paced per route to the budget Sentry reports, and a 429 is waited out without using a retry. */
class PacingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTiming timing = new FakeTiming();

    private SentryClient client() {
        return SentryServer.clientFor(server).timing(timing).build();
    }

    /** An answer reporting {@code remaining} of {@code limit} left until {@code resetIn} from fake time zero. */
    private static MockResponse.Builder limited(int code, int limit, int remaining, Duration resetIn) {
        return new MockResponse.Builder().code(code)
                .setHeader("X-Sentry-Rate-Limit-Limit", limit)
                .setHeader("X-Sentry-Rate-Limit-Remaining", remaining)
                .setHeader("X-Sentry-Rate-Limit-Reset", FakeTiming.EPOCH.plus(resetIn).getEpochSecond());
    }

    @Test
    void aRouteWithoutBudgetWaitsForItsResetWhileOtherRoutesGoOn() throws Exception {
        server.enqueue(limited(200, 5, 0, Duration.ofSeconds(5)).body(issueJson("1")).build());
        server.enqueue(new MockResponse.Builder().code(201).body(commentJson("9", "hi")).build());
        server.enqueue(limited(200, 5, 4, Duration.ofSeconds(6)).body(issueJson("1")).build());
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
            client.addComment(comment("1", "hi"));
            assertThat(timing.sleeps()).as("another route has budget: no wait").isEmpty();

            client.getIssue(get("1"));
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a429IsWaitedOutWithoutUsingARetry() {
        server.enqueue(limited(429, 5, 0, Duration.ofSeconds(1)).body("\"Limit is 5 requests in 1 seconds\"").build());
        server.enqueue(limited(429, 5, 0, Duration.ofSeconds(2)).body("\"Limit is 5 requests in 1 seconds\"").build());
        server.enqueue(status(503));
        server.enqueue(limited(200, 5, 3, Duration.ofSeconds(3)).body(issueJson("1")).build());
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).maxRetries(1).build()) {
            Issue issue = client.getIssue(get("1")).data();
            assertThat(issue.id()).isEqualTo("1");
        }
        // Two 429s waited for their resets; the one retry went to the 503.
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(timing.sleeps()).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aCallWhoseSlotComesAfterItsDeadlineFailsUnsentAndSaysHowLongItWouldHaveWaited() {
        server.enqueue(limited(200, 5, 0, Duration.ofSeconds(30)).body(issueJson("1")).build());
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).callTimeout(Duration.ofSeconds(10))
                .build()) {
            client.getIssue(get("1"));
            assertThatThrownBy(() -> client.getIssue(get("2")))
                    .isInstanceOfSatisfying(SentryRateLimitException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                        assertThat(e.statusCode()).isZero();
                    })
                    .hasMessageStartingWith("Not sent: the next slot on GET issues/{issueId}/ under Sentry's rate"
                            + " limit of 5 is in 30000 ms, after the call's deadline (it would have had to wait 30 s;"
                            + " raise callTimeout to wait that long)");
            assertThatThrownBy(() -> client.async().getIssue(get("3")).get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SentryRateLimitException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void without429WaitsRetryPolicyNoneReportsTheFirst429() {
        server.enqueue(limited(429, 5, 0, Duration.ofSeconds(1)).build());
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).retryPolicy(RetryPolicy.none())
                .build()) {
            assertThatThrownBy(() -> client.getIssue(get("1"))).isInstanceOf(SentryRateLimitException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void asyncCallsWaitForTheResetAndThenGo() throws Exception {
        server.enqueue(limited(200, 2, 0, Duration.ofSeconds(4)).body(issueJson("1")).build());
        for (int i = 0; i < 2; i++) {
            server.enqueue(limited(200, 2, 1 - i, Duration.ofSeconds(5)).body(issueJson("2")).build());
        }
        try (SentryClient client = client()) {
            client.getIssue(get("1"));
            List<CompletableFuture<SentryResponse<Issue>>> calls = List.of(client.async().getIssue(get("2")),
                    client.async().getIssue(get("2")));
            for (CompletableFuture<SentryResponse<Issue>> call : calls) {
                assertThat(call.get(5, TimeUnit.SECONDS).data().id()).isEqualTo("2");
            }
        }
        assertThat(timing.sleeps()).first().isEqualTo(Duration.ofSeconds(4));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void untilTheFirstAnswerOnlyOneCallGoesOutOnARoute() throws Exception {
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger maxAtOnce = new AtomicInteger();
        AtomicInteger arrivals = new AtomicInteger();
        CountDownLatch threeTogether = new CountDownLatch(3);
        java.util.concurrent.atomic.AtomicBoolean cameTogether = new java.util.concurrent.atomic.AtomicBoolean();
        List<Integer> seenBeforeFirstAnswer = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                maxAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                int arrival = arrivals.getAndIncrement();
                try {
                    if (arrival == 0) {
                        Thread.sleep(200);
                        synchronized (seenBeforeFirstAnswer) {
                            seenBeforeFirstAnswer.add(arrivals.get());
                        }
                    } else {
                        threeTogether.countDown();
                        if (threeTogether.await(5, TimeUnit.SECONDS)) {
                            cameTogether.set(true);
                        }
                    }
                    return new MockResponse.Builder().code(200).setHeader("X-Sentry-Rate-Limit-Limit", 40)
                            .setHeader("X-Sentry-Rate-Limit-Remaining", 39 - arrival)
                            .setHeader("X-Sentry-Rate-Limit-Reset", Instant.now().getEpochSecond() + 1)
                            .body(issueJson("1")).build();
                } finally {
                    atOnce.decrementAndGet();
                }
            }
        });
        try (SentryClient client = SentryServer.clientFor(server).build()) {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(client.async().getIssue(get("1")));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        }
        assertThat(seenBeforeFirstAnswer).containsExactly(1);
        assertThat(server.getRequestCount()).isEqualTo(10);
        assertThat(cameTogether).as("after the first answer the budget of 39 lets the rest go together").isTrue();
        assertThat(maxAtOnce.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aWaitingAsyncCallHoldsNoThreadAndCancellingItEndsTheWait() throws Exception {
        CountDownLatch otherRoute = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("POST")) {
                    otherRoute.countDown();
                    return new MockResponse.Builder().code(201).body(commentJson("9", "hi")).build();
                }
                return new MockResponse.Builder().code(200).setHeader("X-Sentry-Rate-Limit-Limit", 1)
                        .setHeader("X-Sentry-Rate-Limit-Remaining", 0)
                        .setHeader("X-Sentry-Rate-Limit-Reset", Instant.now().getEpochSecond() + 30)
                        .body(issueJson("1")).build();
            }
        });
        try (SentryClient client = SentryServer.clientFor(server).build()) {
            client.getIssue(get("1"));
            List<CompletableFuture<SentryResponse<Issue>>> waiting = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                waiting.add(client.async().getIssue(get("1")));
            }
            // 300 calls wait for a reset 30 s away, more than OkHttp's dispatcher would run at once (256): a call on
            // another route still goes at once.
            CompletableFuture<SentryResponse<io.github.sentryclient.model.Comment>> comment =
                    client.async().addComment(comment("1", "hi"));
            assertThat(comment.get(5, TimeUnit.SECONDS).data().id()).isEqualTo("9");
            assertThat(otherRoute.getCount()).isZero();
            assertThat(waiting).noneMatch(CompletableFuture::isDone);

            waiting.forEach(call -> call.cancel(true));
            assertThat(waiting).allMatch(CompletableFuture::isCancelled);
        }
        assertThat(server.getRequestCount()).as("the waiting calls were never sent").isEqualTo(2);
    }

    @Test
    void eachPacedWaitAnd429IsLoggedAtDebug() {
        server.enqueue(limited(200, 5, 0, Duration.ofSeconds(5)).body(issueJson("1")).build());
        server.enqueue(limited(429, 5, 0, Duration.ofSeconds(6)).build());
        server.enqueue(limited(200, 5, 4, Duration.ofSeconds(7)).body(issueJson("1")).build());
        String logs;
        try (LogCapture capture = LogCapture.atTrace(); SentryClient client = client()) {
            client.getIssue(get("1"));
            client.getIssue(get("1"));
            logs = capture.text();
        }
        assertThat(logs).contains("sentry GET issues/{issueId}/: waiting 5000 ms for Sentry's rate limit (remaining 0"
                + " of 5").contains("sentry GET issues/{issueId}/: answered 429; the route waits until");
    }

    @Test
    void aServerErrorAfterA429StillHasItsRetries() {
        server.enqueue(limited(429, 5, 0, Duration.ofSeconds(1)).build());
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503));
        }
        try (SentryClient client = SentryServer.clientFor(server).timing(timing).maxRetries(2).build()) {
            assertThatThrownBy(() -> client.getIssue(get("1"))).isInstanceOf(SentryServerException.class)
                    .hasMessageContaining("after 4 attempts");
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }
}
