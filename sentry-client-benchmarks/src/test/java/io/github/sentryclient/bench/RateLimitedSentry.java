package io.github.sentryclient.bench;

import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local Sentry that enforces sentry.io's rate limits as its limiter does: per caller (the token) and per endpoint
 * (method and route), fixed one-second windows aligned to epoch seconds, every request counted (refused ones too),
 * issue details GET and PUT at 5 per window and every other route at 40, 25 concurrent requests per endpoint, and
 * 20 ms of work per request. Every answer carries {@code X-Sentry-Rate-Limit-*}; a refusal is a 429 with the
 * limiter's bare JSON string and no {@code Retry-After}.
 *
 * <p>Routes: an issue ({@code GET}, {@code PUT}), its comments ({@code POST}), the issue list ({@code GET}, pages of
 * 100 with Sentry's {@code Link} header, {@code total} issues in all) and the bulk update ({@code PUT}).
 */
public final class RateLimitedSentry implements AutoCloseable {

    static final int ISSUE_DETAILS_LIMIT = 5;
    static final int DEFAULT_LIMIT = 40;
    static final int CONCURRENT_LIMIT = 25;
    static final long SERVICE_MILLIS = 20;
    private static final Pattern ISSUE = Pattern.compile("/api/0/organizations/acme/issues/[^/]+/");
    private static final Pattern COMMENTS = Pattern.compile("/api/0/organizations/acme/issues/[^/]+/comments/");
    private static final Pattern ISSUES = Pattern.compile("/api/0/organizations/acme/issues/");

    private final MockWebServer server = new MockWebServer();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger comments = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();
    private final int totalIssues;
    private final String limitBody;

    /** A server with {@code totalIssues} issues in its list. */
    public RateLimitedSentry(int totalIssues) {
        this.totalIssues = totalIssues;
        this.limitBody = limitBody();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL for a client. */
    public String baseUrl() {
        return server.url("/").toString();
    }

    /** Requests answered, 429s among them, comments stored and issues resolved (one by one or in bulk). */
    public int requests() {
        return requests.get();
    }

    public int refused() {
        return refused.get();
    }

    public int comments() {
        return comments.get();
    }

    public int resolved() {
        return resolved.get();
    }

    /** Forgets the counts (not the windows, which Sentry keeps too). */
    public void resetCounts() {
        requests.set(0);
        refused.set(0);
        comments.set(0);
        resolved.set(0);
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        requests.incrementAndGet();
        String path = request.getUrl().encodedPath();
        String route = request.getMethod() + " " + route(path);
        int limit = route.equals("GET issue") || route.equals("PUT issue") ? ISSUE_DETAILS_LIMIT : DEFAULT_LIMIT;
        String caller = String.valueOf(request.getHeaders().get("Authorization"));
        long second = TimeUnit.MILLISECONDS.toSeconds(clock.millis());
        Window window = windows.compute(caller + " " + route, (key, old) -> old == null || old.second != second
                ? new Window(second) : old);
        int count = window.count.incrementAndGet();
        AtomicInteger concurrent = inFlight.computeIfAbsent(caller + " " + route, key -> new AtomicInteger());
        int running = concurrent.incrementAndGet();
        try {
            MockResponse.Builder answer = new MockResponse.Builder()
                    .setHeader("X-Sentry-Rate-Limit-Limit", limit)
                    .setHeader("X-Sentry-Rate-Limit-Remaining", Math.max(0, limit - count))
                    .setHeader("X-Sentry-Rate-Limit-Reset", second + 1)
                    .setHeader("X-Sentry-Rate-Limit-ConcurrentLimit", CONCURRENT_LIMIT)
                    .setHeader("X-Sentry-Rate-Limit-ConcurrentRemaining", Math.max(0, CONCURRENT_LIMIT - running));
            if (count > limit || running > CONCURRENT_LIMIT) {
                refused.incrementAndGet();
                return answer.code(429).body(limitBody.replace("5 requests", limit + " requests")).build();
            }
            Thread.sleep(SERVICE_MILLIS);
            return ok(answer, request, route, path);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    private MockResponse ok(MockResponse.Builder answer, RecordedRequest request, String route, String path) {
        answer.setHeader("Content-Type", "application/json");
        switch (route) {
            case "GET issue":
                return answer.code(200).body(SentryServer.issueJson(id(path))).build();
            case "PUT issue":
                resolved.incrementAndGet();
                return answer.code(200).body(SentryServer.issueJson(id(path)).replace("\"status\": \"unresolved\"",
                        "\"status\": \"resolved\"")).build();
            case "POST comments":
                comments.incrementAndGet();
                return answer.code(201).body(SentryServer.commentJson("c" + comments.get(), "x")).build();
            case "PUT issues":
                resolved.addAndGet(request.getUrl().queryParameterValues("id").size());
                return answer.code(200).body("{\"status\":\"resolved\",\"statusDetails\":{}}").build();
            case "GET issues":
                return page(answer, request);
            default:
                return answer.code(404).body("{\"detail\":\"The requested resource does not exist\"}").build();
        }
    }

    /** A page of 100 issues from the cursor's offset, with Sentry's Link header. */
    private MockResponse page(MockResponse.Builder answer, RecordedRequest request) {
        List<String> group = request.getUrl().queryParameterValues("group");
        if (!group.isEmpty()) {
            // Sentry's group parameter names issues exactly.
            StringBuilder found = new StringBuilder("[");
            for (String id : group) {
                long number = Long.parseLong(id);
                if (number >= 1_000_000 && number < 1_000_000 + totalIssues) {
                    found.append(found.length() == 1 ? "" : ",").append(SentryServer.issueJson(id));
                }
            }
            return answer.code(200).body(found.append("]").toString()).build();
        }
        String cursor = request.getUrl().queryParameter("cursor");
        int offset = cursor == null ? 0 : Integer.parseInt(cursor.split(":")[1]);
        int end = Math.min(totalIssues, offset + 100);
        StringBuilder body = new StringBuilder("[");
        for (int i = offset; i < end; i++) {
            body.append(i == offset ? "" : ",").append(SentryServer.issueJson(String.valueOf(1_000_000 + i)));
        }
        String base = server.url("/api/0/organizations/acme/issues/").toString() + "?";
        String link = "<" + base + "&cursor=0:" + Math.max(0, offset - 100) + ":1>; rel=\"previous\"; results=\""
                + (offset > 0) + "\"; cursor=\"0:" + Math.max(0, offset - 100) + ":1\", <" + base + "&cursor=0:"
                + end + ":0>; rel=\"next\"; results=\"" + (end < totalIssues) + "\"; cursor=\"0:" + end + ":0\"";
        return answer.code(200).setHeader("Link", link).setHeader("X-Hits", totalIssues)
                .body(body.append("]").toString()).build();
    }

    private static String route(String path) {
        return COMMENTS.matcher(path).matches() ? "comments" : ISSUE.matcher(path).matches() ? "issue"
                : ISSUES.matcher(path).matches() ? "issues" : path;
    }

    private static String id(String path) {
        List<String> segments = List.of(path.split("/"));
        return segments.get(segments.size() - 1);
    }

    /** Sentry's 429 body from the shared examples. */
    private static String limitBody() {
        try {
            return Files.readString(Path.of(System.getProperty("sentry.examples", "../../shared/sentry-api/examples"),
                    "error-429-rate-limited.json"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** One caller's count on one route in one second. */
    private static final class Window {
        private final long second;
        private final AtomicInteger count = new AtomicInteger();

        Window(long second) {
            this.second = second;
        }
    }
}
