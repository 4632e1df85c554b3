package io.github.sentryclient.support;

import io.github.sentryclient.RetryPolicy;
import io.github.sentryclient.SentryClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** A scripted Sentry on loopback and a client pointed at it: arrange answers, call, then inspect requests. */
public final class SentryServer implements AutoCloseable {

    public static final String TOKEN = "sntryu_test-token-5f2b8c1d9e";
    public static final String ORG = "acme";

    private final MockWebServer server = new MockWebServer();
    private final SentryClient client;

    public SentryServer() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = clientBuilder().build();
    }

    /**
     * A builder already pointed at this server with the test token and org, without retries: each scripted answer
     * is what the caller gets (retries have their own tests).
     */
    public SentryClient.Builder clientBuilder() {
        return SentryClient.builder().authToken(TOKEN).orgSlug(ORG).baseUrl(baseUrl())
                .retryPolicy(RetryPolicy.none());
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

    public SentryServer answer(int code, String body) {
        return answer(code, body, Headers.of());
    }

    public SentryServer answer(int code, String body, Headers headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).headers(headers);
        if (headers.get("Content-Type") == null && !body.isEmpty()) {
            response.setHeader("Content-Type", "application/json");
        }
        server.enqueue(response.body(body).build());
        return this;
    }

    public SentryServer answerFixture(int code, String fixture) {
        return answer(code, Fixtures.read(fixture));
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

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
