package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.SentryServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The per-client limit of requests in flight, and OkHttp's dispatcher not capping async calls at 5 per host. */
class ConcurrencyTest {

    /** Holds every request until the test lets it go, counting how many are held at once. */
    private static final class Gate extends Dispatcher {
        final Semaphore permits = new Semaphore(0);
        final Semaphore arrivals = new Semaphore(0);
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        private final String concurrentLimit;

        Gate(String concurrentLimit) {
            this.concurrentLimit = concurrentLimit;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrivals.release();
            try {
                permits.acquire();
            } finally {
                inFlight.decrementAndGet();
            }
            String id = request.getUrl().pathSegments().get(5);
            return new MockResponse.Builder().code(200).body(issueJson(id))
                    .setHeader("X-Sentry-Rate-Limit-ConcurrentLimit", concurrentLimit).build();
        }
    }

    @Test
    void atMostTheReportedConcurrentLimitIsInFlightAcrossSyncAndAsync() throws Exception {
        Gate gate = new Gate("2");
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(gate);
            server.start();
            try (SentryClient client = SentryServer.clientFor(server).build()) {
                gate.permits.release();
                client.getIssue(get("1"));
                assertThat(gate.arrivals.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
                assertThat(client.rateLimit().orElseThrow().concurrentLimit()).hasValue(2);

                List<CompletableFuture<String>> calls = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    calls.add(client.async().getIssue(get(String.valueOf(100 + i))).thenApply(r -> r.data().id()));
                }
                for (int i = 0; i < 4; i++) {
                    String id = String.valueOf(200 + i);
                    calls.add(CompletableFuture.supplyAsync(() -> client.getIssue(get(id)).data().id(), callers));
                }
                // Two requests held at once before any is let go; then each one let go makes room for the next.
                assertThat(gate.arrivals.tryAcquire(2, 5, TimeUnit.SECONDS)).as("two requests in flight").isTrue();
                for (int done = 0; done < calls.size(); done++) {
                    gate.permits.release();
                    if (done + 2 < calls.size()) {
                        assertThat(gate.arrivals.tryAcquire(5, TimeUnit.SECONDS)).as("request %d arrives", done + 2)
                                .isTrue();
                    }
                }
                List<String> ids = new ArrayList<>();
                for (CompletableFuture<String> call : calls) {
                    ids.add(call.get(5, TimeUnit.SECONDS));
                }
                assertThat(ids).hasSize(20).doesNotHaveDuplicates();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(gate.maxInFlight.get()).isEqualTo(2);
    }

    @Test
    void aCallersOkHttpClientDoesNotCapAsyncCallsAtFivePerHost() throws Exception {
        int calls = 20;
        CountDownLatch allArrived = new CountDownLatch(calls);
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean primed = new java.util.concurrent.atomic.AtomicBoolean();
        OkHttpClient callers = new OkHttpClient();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    if (!primed.get()) {
                        return new MockResponse.Builder().code(200).body(issueJson("1")).build();
                    }
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    allArrived.countDown();
                    allArrived.await(10, TimeUnit.SECONDS);
                    inFlight.decrementAndGet();
                    return new MockResponse.Builder().code(200).body(issueJson("1")).build();
                }
            });
            server.start();
            try (SentryClient client = SentryServer.clientFor(server).okHttpClient(callers).build()) {
                // The first answer on a route tells the client its limits (here: none); until then one call goes.
                client.getIssue(get("1"));
                primed.set(true);
                List<CompletableFuture<?>> futures = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    futures.add(client.async().getIssue(get("1")));
                }
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            }
        } finally {
            callers.dispatcher().executorService().shutdown();
            callers.connectionPool().evictAll();
        }
        assertThat(maxInFlight.get()).isEqualTo(calls);
        assertThat(callers.dispatcher().getMaxRequestsPerHost()).as("the caller's own dispatcher is untouched")
                .isEqualTo(5);
    }
}
