package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static io.github.sentryclient.support.SentryServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/** Bodies over the configured limit fail with a typed exception instead of filling memory. */
class ResponseLimitTest {

    private static final long LIMIT = 10_000;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SentryClient client() {
        return SentryServer.clientFor(server).maxResponseBytes(LIMIT).build();
    }

    @Test
    void theDefaultLimitIs16MiB() {
        try (SentryClient client = SentryServer.clientFor(server).build()) {
            assertThat(client.config().maxResponseBytes()).isEqualTo(16L * 1024 * 1024);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeReading() {
        server.enqueue(ok("[" + "0,".repeat(10_000) + "0]"));
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOf(SentryResponseException.class)
                    .hasMessageContaining("larger than the limit of 10000 bytes");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aChunkedBodyOverTheLimitFails() {
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody("[" + "0,".repeat(10_000) + "0]", 1024)
                .build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOf(SentryResponseException.class)
                    .hasMessageContaining("maxResponseBytes");
        }
    }

    @Test
    void theLimitAppliesToTheUnzippedBody() throws IOException {
        Buffer zipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(zipped))) {
            sink.writeUtf8(" ".repeat(1_000_000));
        }
        assertThat(zipped.size()).isLessThan(LIMIT);
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Encoding", "gzip").body(zipped)
                .build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1"))).isInstanceOf(SentryResponseException.class);
        }
    }

    @Test
    void aBodyWithinTheLimitIsRead() {
        server.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            assertThat(client.getIssue(get("1")).data().id()).isEqualTo("1");
        }
    }

    @Test
    void aLongErrorBodyIsCutNotRefused() {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"detail\":\"" + "x".repeat(200_000) + "\"}").build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isInstanceOf(SentryValidationException.class)
                    .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1000));
        }
    }
}
