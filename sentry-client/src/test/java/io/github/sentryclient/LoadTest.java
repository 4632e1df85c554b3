package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.support.SentryServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * 10,000 async {@code getIssue} calls, 64 in flight, against a local server that answers 429 or 503 at random
 * (a fixed seed per issue and attempt, so the right outcome of every call is known in advance).
 */
class LoadTest {

    private static final int CALLS = 10_000;
    private static final int IN_FLIGHT = 64;
    private static final long SEED = 42;
    private static final int RETRIES = RetryPolicy.defaults().maxRetries();

    /** The answer to attempt {@code attempt} (from 1) for issue {@code id}: 200, 429 or 503. */
    static int answer(int id, int attempt) {
        int roll = new SplittableRandom(SEED * 1_000_003L + id * 31L + attempt).nextInt(100);
        return roll < 10 ? 429 : roll < 25 ? 503 : 200;
    }

    /**
     * The attempts a call makes and the status it ends with: the first 200, else the 503 past its retries; a 429 is
     * waited out without using a retry.
     */
    static int[] expected(int id) {
        int retries = 0;
        for (int attempt = 1; ; attempt++) {
            int status = answer(id, attempt);
            if (status == 200 || status == 503 && retries++ == RETRIES) {
                return new int[] {attempt, status};
            }
        }
    }

    static int expectedOutcome(int id) {
        return expected(id)[1];
    }

    static int expectedRequests(int id) {
        return expected(id)[0];
    }

    /** Answers by issue id and attempt number, counting what reaches it: per issue, and at once. */
    private static final class Flaky extends Dispatcher {
        private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final AtomicInteger atOnce = new AtomicInteger();
        private final AtomicInteger maxAtOnce = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            maxAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                return respond(request);
            } finally {
                atOnce.decrementAndGet();
            }
        }

        private MockResponse respond(RecordedRequest request) {
            int id = Integer.parseInt(request.getUrl().pathSegments().get(5));
            int status = answer(id, attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
            if (status == 200) {
                return SentryServer.ok(SentryServer.issueJson(String.valueOf(id)));
            }
            MockResponse.Builder error = new MockResponse.Builder().code(status)
                    .setHeader("Content-Type", "application/json").body("{\"detail\":\"busy\"}");
            return (status == 429 ? error.setHeader("Retry-After", "0") : error).build();
        }
    }

    @Test
    void tenThousandAsyncCallsAllCompleteCorrectlyWithoutLeaks() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        ConnectionPool pool = new ConnectionPool(IN_FLIGHT, 1, TimeUnit.MINUTES);
        OkHttpClient base = new OkHttpClient.Builder().connectionPool(pool).build();
        Map<Integer, Object> outcomes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(CALLS);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicInteger maxInFlight = new AtomicInteger();
        int expectedRequests = 0;
        Flaky flaky = new Flaky();
        try (LogCapture capture = LogCapture.okHttpOnly(); MockWebServer server = NoDelayServerSockets.server()) {
            server.setDispatcher(flaky);
            server.start();
            try (SentryClient client = SentryServer.clientFor(server).okHttpClient(base).build()) {
                for (int id = 1; id <= CALLS; id++) {
                    inFlight.acquire();
                    maxInFlight.accumulateAndGet(IN_FLIGHT - inFlight.availablePermits(), Math::max);
                    int issue = id;
                    client.async().getIssue(get(String.valueOf(id))).whenComplete((response, failure) -> {
                        outcomes.put(issue, failure == null ? response.data().id() : failure);
                        inFlight.release();
                        done.countDown();
                    });
                    expectedRequests += expectedRequests(id);
                }
                assertThat(done.await(120, TimeUnit.SECONDS)).as("all calls completed").isTrue();
                assertThat(pool.connectionCount()).as("connections").isPositive()
                        .isEqualTo(pool.idleConnectionCount());
            }
            assertThat(server.getRequestCount()).isEqualTo(expectedRequests);
            assertThat(capture.okHttpMessages()).noneMatch(message -> message.contains("leaked"));
            pool.evictAll();
            assertThat(pool.connectionCount()).as("connections left once the pool is drained").isZero();
        } finally {
            base.dispatcher().executorService().shutdown();
            pool.evictAll();
        }
        // What reached the server: exactly the attempts each issue's answers call for, never more at once than
        // the client lets out.
        for (int id = 1; id <= CALLS; id++) {
            assertThat(flaky.attempts.get(id)).as("attempts of issue %d", id).hasValue(expectedRequests(id));
        }
        assertThat(flaky.maxAtOnce.get()).as("requests at the server at once").isBetween(1, IN_FLIGHT);

        int failures = 0;
        for (int id = 1; id <= CALLS; id++) {
            Object outcome = outcomes.get(id);
            switch (expectedOutcome(id)) {
                case 200:
                    assertThat(outcome).as("issue %d", id).isEqualTo(String.valueOf(id));
                    break;
                default:
                    assertThat(outcome).as("issue %d", id).isInstanceOf(SentryServerException.class);
                    failures++;
                    break;
            }
        }
        assertThat(failures).as("some calls run out of retries").isPositive().isLessThan(CALLS / 50);
        assertThat(expectedRequests).as("retries happened").isGreaterThan(CALLS + CALLS / 10);
        assertThat(maxInFlight.get()).isEqualTo(IN_FLIGHT);
        outcomes.clear();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    }
}
