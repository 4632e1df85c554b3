package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.commentJson;
import static io.github.sentryclient.support.SentryServer.issueJson;

import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;

/** The network and server faults the client is tested against, each as the server's scripted answer. */
enum Fault {
    DISCONNECT_AT_START("Disconnect at start"),
    DISCONNECT_AFTER_REQUEST("Disconnect after request"),
    DISCONNECT_DURING_BODY("Disconnect during response body"),
    NO_RESPONSE("No response (read timeout)"),
    SLOW_BODY("Slow body past the call deadline"),
    HTML_502("HTML 502 from a proxy"),
    GZIP_BODY("Gzip body"),
    TRUNCATED_JSON("Truncated JSON"),
    EMPTY_200("200 with an empty body"),
    GONE_410("410 on a retired route");

    static final String PROXY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body><center>"
            + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The per-read timeout to use: short where the fault is a silent server. */
    Duration readTimeout() {
        return this == NO_RESPONSE ? Duration.ofMillis(250) : Duration.ofSeconds(5);
    }

    /** The call deadline to use: short where the fault is a body that never ends in time. */
    Duration callTimeout() {
        return this == SLOW_BODY ? Duration.ofMillis(600) : Duration.ofSeconds(20);
    }

    /** The server's answer to {@code method} under this fault. */
    MockResponse response(Op method) {
        String body = method == Op.POST ? commentJson("77", "deploy rolled back") : issueJson("42");
        int ok = method == Op.POST ? 201 : 200;
        MockResponse.Builder json = new MockResponse.Builder().code(ok)
                .setHeader("Content-Type", "application/json");
        switch (this) {
            case DISCONNECT_AT_START:
                return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
            case DISCONNECT_AFTER_REQUEST:
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
            case DISCONNECT_DURING_BODY:
                return json.body(body).onResponseBody(new SocketEffect.CloseSocket()).build();
            case NO_RESPONSE:
                return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
            case SLOW_BODY:
                return json.body(body).throttleBody(8, 100, TimeUnit.MILLISECONDS).build();
            case HTML_502:
                return new MockResponse.Builder().code(502).status("HTTP/1.1 502 Bad Gateway")
                        .setHeader("Content-Type", "text/html").body(PROXY_PAGE).build();
            case GZIP_BODY:
                return json.setHeader("Content-Encoding", "gzip").body(gzip(body)).build();
            case TRUNCATED_JSON:
                return json.body(body.substring(0, body.length() / 2)).build();
            case EMPTY_200:
                return json.body("").build();
            case GONE_410:
                return new MockResponse.Builder().code(410).setHeader("Content-Type", "application/json")
                        .body("{\"detail\":\"This API is no longer supported.\"}").build();
            default:
                throw new IllegalStateException(name());
        }
    }

    private static Buffer gzip(String text) {
        Buffer gzipped = new Buffer();
        try (var sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped;
    }

    /** The three operations, one per HTTP method that matters for retries. */
    enum Op {
        GET("getIssue"),
        PUT("updateIssueStatus"),
        POST("addComment");

        private final String operation;

        Op(String operation) {
            this.operation = operation;
        }

        String operation() {
            return operation;
        }

        /** Calls the operation on issue 42. */
        SentryResponse<?> call(SentryClient client) {
            switch (this) {
                case GET:
                    return client.getIssue(SentryServer.get("42"));
                case PUT:
                    return client.updateIssueStatus(SentryServer.resolve("42"));
                default:
                    return client.addComment(SentryServer.comment("42", "deploy rolled back"));
            }
        }

        /**
         * Calls the operation on issue 42, sync or async, and returns what the caller gets: the response, or the
         * exception (the async one unwrapped from its future).
         */
        Object outcome(SentryClient client, boolean async) throws InterruptedException, TimeoutException {
            try {
                return async ? callAsync(client).get(30, TimeUnit.SECONDS) : call(client);
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (RuntimeException e) {
                return e;
            }
        }

        /** Calls the operation on issue 42 through the async client. */
        CompletableFuture<? extends SentryResponse<?>> callAsync(SentryClient client) {
            switch (this) {
                case GET:
                    return client.async().getIssue(SentryServer.get("42"));
                case PUT:
                    return client.async().updateIssueStatus(SentryServer.resolve("42"));
                default:
                    return client.async().addComment(SentryServer.comment("42", "deploy rolled back"));
            }
        }
    }
}
