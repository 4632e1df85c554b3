package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.TOKEN;
import static io.github.sentryclient.support.SentryServer.comment;
import static io.github.sentryclient.support.SentryServer.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.support.SentryServer;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The token stays secret: never over plain http to another machine, never in a log line at TRACE, an exception
 * or a {@code toString()}. (The fault paths are covered by {@link FaultTest}; redirects by {@link RedirectTest}.)
 */
class SecurityTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void plainHttpToAnotherMachineIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> SentryClient.builder().authToken(TOKEN).orgSlug("acme")
                .baseUrl("http://sentry.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageContaining("clear text")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> SentryClient.builder().authToken(TOKEN).orgSlug("acme")
                .baseUrl("http://10.0.0.7:9000/").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainHttpIsAllowedToLoopbackOrWhenAskedFor() {
        try (SentryClient loopback = SentryClient.builder().authToken(TOKEN).orgSlug("acme")
                .baseUrl("http://127.0.0.1:9000").build();
                SentryClient insecure = SentryClient.builder().authToken(TOKEN).orgSlug("acme")
                        .baseUrl("http://sentry.internal").allowInsecureHttp(true).build()) {
            assertThat(loopback.config().apiUrl()).isEqualTo("http://127.0.0.1:9000/api/0/");
            assertThat(insecure.config().apiUrl()).isEqualTo("http://sentry.internal/api/0/");
        }
    }

    @Test
    void toStringsNeverShowTheToken() {
        try (SentryClient client = SentryServer.clientFor(server).build()) {
            assertThat(client.toString()).doesNotContain(TOKEN);
            assertThat(client.async().toString()).doesNotContain(TOKEN);
            assertThat(client.config().toString()).doesNotContain(TOKEN).contains("authToken=****");
            assertThat(client.config().retryPolicy().toString()).contains("maxRetries=3");
        }
    }

    @Test
    void aTokenEchoedInAnErrorBodyIsMaskedInTheExceptionAndTheLog() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Invalid header: Bearer " + TOKEN + "\"}").build());
        String logs;
        try (LogCapture capture = LogCapture.atTrace(); SentryClient client = SentryServer.clientFor(server).build()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOfSatisfying(SentryValidationException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(TOKEN).contains("Bearer XXX");
                        assertThat(e.detail()).doesNotContain(TOKEN);
                    });
            logs = capture.text();
        }
        assertThat(logs).contains("Invalid header").doesNotContain(TOKEN);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aTokenPastedIntoACommentIsMaskedInTheLog() {
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(SentryServer.commentJson("5", "oops " + TOKEN)).build());
        String logs;
        try (LogCapture capture = LogCapture.atTrace(); SentryClient client = SentryServer.clientFor(server).build()) {
            SentryResponse<?> response = client.addComment(comment("1", "oops " + TOKEN));
            assertThat(response.statusCode()).isEqualTo(201);
            logs = capture.text();
        }
        assertThat(logs).contains("oops XXX").doesNotContain(TOKEN);
    }

    @Test
    void failuresOfEveryKindKeepTheTokenOutOfTheirMessages() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"Invalid token\"}").build());
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "999").build());
        try (SentryClient client = SentryServer.clientFor(server).build()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> client.getIssue(get("1")))
                        .isInstanceOf(SentryClientException.class)
                        .satisfies(e -> assertThat(e.toString()).doesNotContain(TOKEN));
            }
        }
    }
}
