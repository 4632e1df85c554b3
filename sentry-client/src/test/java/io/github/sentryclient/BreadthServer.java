package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.internal.http.ClientJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with the fixtures of the triage tests and a client pointed at it. */
final class BreadthServer implements AutoCloseable {

    static final String TOKEN = "sntryu_breadth-test-token";

    final MockWebServer server = new MockWebServer();
    final SentryClient client;

    BreadthServer() {
        this(null);
    }

    BreadthServer(String projectSlug) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SentryClient.Builder builder = SentryClient.builder().authToken(TOKEN).orgSlug("acme")
                .baseUrl(server.url("/").toString());
        if (projectSlug != null) {
            builder.projectSlug(projectSlug);
        }
        client = builder.build();
    }

    static String fixture(String name) {
        try (InputStream in = BreadthServer.class.getResourceAsStream("/fixtures/breadth/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the next request with {@code code} and the named fixture. */
    BreadthServer answer(int code, String fixture) {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(fixture(fixture)).build());
        return this;
    }

    /** Answers the next request with {@code code}, the named fixture and a {@code Link} header. */
    BreadthServer answerPage(String fixture, String link) {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Link", link).setHeader("X-Hits", "2").body(fixture(fixture)).build());
        return this;
    }

    /** Answers the next request with {@code code} and no body. */
    BreadthServer answerEmpty(int code) {
        server.enqueue(new MockResponse.Builder().code(code).build());
        return this;
    }

    RecordedRequest take() {
        try {
            return server.takeRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(RecordedRequest request) {
        try {
            return ClientJson.mapper().readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentry's Link header: a previous and a next link, with results and cursor attributes. */
    static String link(String base, String previousCursor, boolean previous, String nextCursor, boolean next) {
        return "<" + base + "&cursor=" + previousCursor + ">; rel=\"previous\"; results=\"" + previous
                + "\"; cursor=\"" + previousCursor + "\", <" + base + "&cursor=" + nextCursor + ">; rel=\"next\";"
                + " results=\"" + next + "\"; cursor=\"" + nextCursor + "\"";
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
