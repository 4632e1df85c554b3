package io.github.sentryclient.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.RetryPolicy;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * The test harness: a scripted Sentry on loopback (MockWebServer) and a client pointed at it. Arrange answers
 * ({@link #answer}, {@link #answerFixture}, {@link #answerPage}), call the client as a user would, then inspect
 * what the server received ({@link #take()}). Tests that script their own {@link MockWebServer} (a dispatcher, a
 * throttled body) point a client at it with {@link #clientFor(MockWebServer)}.
 */
public final class SentryServer implements AutoCloseable {

    /** A token shaped like a real one, to look for in logs and messages. */
    public static final String TOKEN = "sntrys_eyJpYXQiOjE3MDAwMDAwMDAsInNlY3JldCI6InRlc3QifQ_Zm9vYmFyYmF6";
    public static final String ORG = "acme";

    /** Retries with waits of a few milliseconds, for tests of retries that should not take seconds. */
    public static final RetryPolicy FAST = RetryPolicy.builder()
            .backoffBase(Duration.ofMillis(1))
            .backoffCap(Duration.ofMillis(4))
            .build();

    private final MockWebServer server = new MockWebServer();
    private final SentryClient client;

    /** A server and a client without retries, so that each scripted answer is what the caller gets. */
    public SentryServer() {
        this(null);
    }

    private SentryServer(String projectSlug) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SentryClient.Builder builder = clientBuilder();
        if (projectSlug != null) {
            builder.projectSlug(projectSlug);
        }
        client = builder.build();
    }

    /** As {@link #SentryServer()}, with a client whose default project is {@code projectSlug}. */
    public static SentryServer withProject(String projectSlug) {
        return new SentryServer(projectSlug);
    }

    /**
     * A builder already pointed at this server with the test token and org, without retries: each scripted answer
     * is what the caller gets (retries have their own tests).
     */
    public SentryClient.Builder clientBuilder() {
        return SentryClient.builder().authToken(TOKEN).orgSlug(ORG).baseUrl(baseUrl())
                .retryPolicy(RetryPolicy.none());
    }

    /** A builder pointed at a test's own {@code server}, with {@link #FAST} retries. */
    public static SentryClient.Builder clientFor(MockWebServer server) {
        return SentryClient.builder().authToken(TOKEN).orgSlug(ORG).baseUrl(server.url("/").toString())
                .retryPolicy(FAST);
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public SentryClient client() {
        return client;
    }

    public MockWebServer server() {
        return server;
    }

    /** Answers the next request with {@code code} and {@code body} (JSON unless said otherwise). */
    public SentryServer answer(int code, String body) {
        return answer(code, body, Headers.of());
    }

    /** Answers the next request with {@code code}, {@code body} and {@code headers}. */
    public SentryServer answer(int code, String body, Headers headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).headers(headers);
        if (headers.get("Content-Type") == null && !body.isEmpty()) {
            response.setHeader("Content-Type", "application/json");
        }
        server.enqueue(response.body(body).build());
        return this;
    }

    /** Answers the next request with {@code code} and the fixture {@code name} ({@link Fixtures#read}). */
    public SentryServer answerFixture(int code, String name) {
        return answer(code, Fixtures.read(name));
    }

    /** Answers the next request with a page: the fixture {@code name}, Sentry's {@code Link} and {@code X-Hits}. */
    public SentryServer answerPage(String name, String link) {
        return answer(200, Fixtures.read(name), Headers.of("Link", link, "X-Hits", "2"));
    }

    /** Answers the next request with {@code code} and no body. */
    public SentryServer answerEmpty(int code) {
        server.enqueue(new MockResponse.Builder().code(code).build());
        return this;
    }

    /** The next request the server received; fails if none arrives within 5 seconds. */
    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the server received no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    /** A request's body as JSON, read with the client's own mapping. */
    public static JsonNode json(RecordedRequest request) {
        try {
            return ClientJson.mapper().readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentry's Link header: a previous and a next link, with results and cursor attributes. */
    public static String link(String base, String previousCursor, boolean previous, String nextCursor,
            boolean next) {
        return "<" + base + "&cursor=" + previousCursor + ">; rel=\"previous\"; results=\"" + previous
                + "\"; cursor=\"" + previousCursor + "\", <" + base + "&cursor=" + nextCursor + ">; rel=\"next\";"
                + " results=\"" + next + "\"; cursor=\"" + nextCursor + "\"";
    }

    /** The issue fixture with its numeric id replaced by {@code id}. */
    public static String issueJson(String id) {
        return Fixtures.read("issue.json").replaceFirst("\"id\": \"123456\"", "\"id\": \"" + id + "\"");
    }

    /** A comment as Sentry answers it. */
    public static String commentJson(String id, String text) {
        return "{\"id\":\"" + id + "\",\"type\":\"note\",\"data\":{\"text\":\"" + text + "\"},"
                + "\"dateCreated\":\"2026-03-01T12:00:00Z\",\"user\":null}";
    }

    /** A 200 answer with a JSON body. */
    public static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    /** An answer with {@code code} and Sentry's error shape. */
    public static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body("{\"detail\":\"status " + code + "\"}").build();
    }

    public static GetIssueInput get(String id) {
        return GetIssueInput.builder().issueId(id).build();
    }

    public static UpdateIssueStatusInput resolve(String id) {
        return UpdateIssueStatusInput.builder().issueId(id).status(IssueStatus.RESOLVED).build();
    }

    public static AddCommentInput comment(String id, String text) {
        return AddCommentInput.builder().issueId(id).comment(text).build();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
