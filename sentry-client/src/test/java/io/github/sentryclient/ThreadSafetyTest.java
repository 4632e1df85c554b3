package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.SentryServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** One client shared by 32 threads: every caller gets its own answer, and every comment is posted once. */
class ThreadSafetyTest {

    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 30;
    private static final Pattern TEXT = Pattern.compile("\"text\":\"([^\"]+)\"");

    /** Echoes each request's issue id; the first attempt on every seventh issue is turned away with a 429. */
    private static final class Echo extends Dispatcher {
        final Map<String, AtomicInteger> comments = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String id = request.getUrl().pathSegments().get(5);
            String key = request.getMethod() + " " + id;
            if (Integer.parseInt(id) % 7 == 0
                    && attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
                return new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build();
            }
            MockResponse.Builder ok = new MockResponse.Builder().setHeader("X-Sentry-Rate-Limit-Remaining", id);
            switch (request.getMethod()) {
                case "POST":
                    Matcher text = TEXT.matcher(request.getBody().string(StandardCharsets.UTF_8));
                    text.find();
                    comments.computeIfAbsent(text.group(1), k -> new AtomicInteger()).incrementAndGet();
                    return ok.code(201).body(SentryServer.commentJson("c" + id, text.group(1))).build();
                case "PUT":
                    return ok.code(200).body(SentryServer.issueJson(id).replace("\"status\": \"unresolved\"",
                            "\"status\": \"resolved\"")).build();
                default:
                    return ok.code(200).body(SentryServer.issueJson(id)).build();
            }
        }
    }

    @Test
    void oneClientFrom32Threads() throws Exception {
        Echo echo = new Echo();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        try (MockWebServer server = NoDelayServerSockets.server()) {
            server.setDispatcher(echo);
            server.start();
            try (SentryClient client = SentryServer.clientFor(server).build()) {
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    workers.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        for (int i = 0; i < CALLS_PER_THREAD; i++) {
                            String id = String.valueOf(thread * 1000 + i + 1);
                            switch (i % 3) {
                                case 0:
                                    assertThat(client.getIssue(SentryServer.get(id)).data().id()).isEqualTo(id);
                                    break;
                                case 1:
                                    SentryResponse<?> put = client.updateIssueStatus(SentryServer.resolve(id));
                                    assertThat(put.message()).contains("is now resolved");
                                    break;
                                default:
                                    String text = "note-" + id;
                                    assertThat(client.addComment(SentryServer.comment(id, text)).data().text())
                                            .isEqualTo(text);
                                    break;
                            }
                            assertThat(client.rateLimit()).isPresent();
                        }
                        return CALLS_PER_THREAD;
                    }));
                }
                int calls = 0;
                for (Future<Integer> worker : workers) {
                    calls += worker.get(60, TimeUnit.SECONDS);
                }
                assertThat(calls).isEqualTo(THREADS * CALLS_PER_THREAD);
            }
            long turnedAway = echo.attempts.size();
            assertThat(turnedAway).isPositive();
            assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD + turnedAway);
        } finally {
            threads.shutdownNow();
        }
        assertThat(echo.comments).hasSize(THREADS * CALLS_PER_THREAD / 3)
                .allSatisfy((text, count) -> assertThat(count.get()).as(text).isEqualTo(1));
    }
}
