package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Sentry's concurrent limit: slots taken without a lock, and async calls past it queued without a thread. */
class ConcurrencyLimiterTest {

    private static final okhttp3.OkHttpClient CLIENT = new okhttp3.OkHttpClient();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** Holds every request until the test lets it go, counting how many are held at once. */
    private static final class Gate extends Dispatcher {
        final Semaphore permits = new Semaphore(0);
        final AtomicInteger arrived = new AtomicInteger();
        final Semaphore arrivals = new Semaphore(0);

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrived.incrementAndGet();
            arrivals.release();
            permits.acquire();
            return new MockResponse.Builder().code(202)
                    .setHeader("X-Sentry-Rate-Limit-ConcurrentLimit", "2").build();
        }
    }

    @Test
    void asyncCallsPastTheLimitWaitInTheDispatcherQueueNotOnAThread() throws Exception {
        Gate gate = new Gate();
        server.setDispatcher(gate);
        SentryClientConfig config = SentryClient.builder().authToken("sntrys_test").orgSlug("acme")
                .baseUrl(server.url("/").toString()).buildConfig();
        try (HttpStack stack = HttpStack.create(config, null, null)) {
            okhttp3.Dispatcher dispatcher = stack.okHttpClient().dispatcher();
            assertThat(dispatcher.getMaxRequestsPerHost()).isEqualTo(HttpStack.MAX_DISPATCHED_REQUESTS);
            gate.permits.release();
            stack.api().deleteIssue("1").execute();
            assertThat(dispatcher.getMaxRequestsPerHost()).as("Sentry's limit caps the dispatcher").isEqualTo(2);

            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(enqueue(stack.api().deleteIssue(String.valueOf(100 + i))));
            }
            assertThat(gate.arrivals.tryAcquire(3, 5, TimeUnit.SECONDS)).isTrue();
            assertThat(dispatcher.runningCallsCount()).as("calls holding a dispatcher thread").isEqualTo(2);
            assertThat(dispatcher.queuedCallsCount()).isEqualTo(8);

            gate.permits.release(10);
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo(202);
            }
            assertThat(gate.arrived.get()).isEqualTo(11);
        }
    }

    @Test
    void aLowerLimitWaitsForCallsInFlightAndAHigherOneFreesSlotsAtOnce() throws Exception {
        List<Integer> reported = new ArrayList<>();
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(reported::add);
        for (int i = 0; i < 5; i++) {
            limiter.acquire(0, call());
        }
        limiter.limit(3);
        limiter.limit(3);
        assertThat(limiter.inFlight()).isEqualTo(5);
        assertThat(tryAcquire(limiter)).as("5 in flight, limit 3").isFalse();
        limiter.release();
        limiter.release();
        assertThat(tryAcquire(limiter)).as("3 in flight, limit 3").isFalse();
        limiter.release();
        assertThat(tryAcquire(limiter)).as("2 in flight, limit 3").isTrue();
        limiter.limit(5);
        assertThat(tryAcquire(limiter)).isTrue();
        assertThat(tryAcquire(limiter)).isTrue();
        assertThat(tryAcquire(limiter)).isFalse();
        assertThat(limiter.inFlight()).isEqualTo(5);
        assertThat(reported).containsExactly(3, 5);
    }

    private static boolean tryAcquire(ConcurrencyLimiter limiter) {
        try {
            limiter.acquire(0, call());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static okhttp3.Call call() {
        return CLIENT.newCall(new Request.Builder().url("http://127.0.0.1/").build());
    }

    private static CompletableFuture<Integer> enqueue(SentryCall<Void> call) {
        return call.enqueue(Reply::statusCode, failure -> { });
    }
}
