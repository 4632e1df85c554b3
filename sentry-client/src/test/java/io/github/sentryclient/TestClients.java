package io.github.sentryclient;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared test data and a client set up for a local server, with short backoff so that retries are quick. */
final class TestClients {

    /** A token shaped like a real one, to look for in logs and messages. */
    static final String TOKEN = "sntrys_eyJpYXQiOjE3MDAwMDAwMDAsInNlY3JldCI6InRlc3QifQ_Zm9vYmFyYmF6";

    static final RetryPolicy FAST = RetryPolicy.builder()
            .backoffBase(Duration.ofMillis(1))
            .backoffCap(Duration.ofMillis(4))
            .build();

    private static final String ISSUE = resource("/fixtures/issue.json");

    private TestClients() {
    }

    static SentryClient.Builder client(MockWebServer server) {
        return SentryClient.builder()
                .authToken(TOKEN)
                .orgSlug("acme")
                .baseUrl(server.url("/").toString())
                .retryPolicy(FAST);
    }

    /** The issue fixture with its numeric id replaced by {@code id}. */
    static String issueJson(String id) {
        return ISSUE.replaceFirst("\"id\": \"123456\"", "\"id\": \"" + id + "\"");
    }

    static String commentJson(String id, String text) {
        return "{\"id\":\"" + id + "\",\"type\":\"note\",\"data\":{\"text\":\"" + text + "\"},"
                + "\"dateCreated\":\"2026-03-01T12:00:00Z\",\"user\":null}";
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body("{\"detail\":\"status " + code + "\"}").build();
    }

    static GetIssueInput get(String id) {
        return GetIssueInput.builder().issueId(id).build();
    }

    static UpdateIssueStatusInput resolve(String id) {
        return UpdateIssueStatusInput.builder().issueId(id).status(IssueStatus.RESOLVED).build();
    }

    static AddCommentInput comment(String id, String text) {
        return AddCommentInput.builder().issueId(id).comment(text).build();
    }

    static String resource(String name) {
        try (InputStream in = TestClients.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
