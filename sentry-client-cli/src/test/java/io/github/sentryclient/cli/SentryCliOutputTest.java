package io.github.sentryclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How results look: a table for people, JSON for scripts, and Sentry's text kept from steering the terminal. */
class SentryCliOutputTest {

    private final MockWebServer server = new MockWebServer();
    private Map<String, String> env;

    @BeforeEach
    void start() throws IOException {
        server.start();
        env = Map.of("SENTRY_AUTH_TOKEN", "cli-token", "SENTRY_ORG", "acme", "SENTRY_URL",
                server.url("/").toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SentryCliOutputTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void showsAnIssueAsATable() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(fixture("issue.json")).build());

        CliRun run = CliRun.of(env, "issue", "get", "PUMP-STATION-1A");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "  id          123456\n",
                "  short id    PUMP-STATION-1A\n",
                "  title       ZeroDivisionError: division by zero\n",
                "  status      unresolved (ongoing)\n",
                "  events      150 (12 users)\n",
                "  assignee    -\n",
                "  project     pump-station\n",
                "  last seen   2024-12-06T21:19:55Z\n",
                "  link        https://acme.sentry.io/issues/123456/\n");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/PUMP-STATION-1A/");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer cli-token");
    }

    @Test
    void printsJsonForScripts() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(fixture("issue.json")).build());

        CliRun run = CliRun.of(env, "issue", "get", "123456", "--json");

        assertThat(run.status()).isZero();
        JsonNode issue = CliJson.mapper().readTree(run.out());
        assertThat(issue.get("id").asText()).isEqualTo("123456");
        assertThat(issue.get("status").asText()).isEqualTo("unresolved");
        assertThat(issue.get("count").asLong()).isEqualTo(150);
        assertThat(issue.get("firstSeen").asText()).isEqualTo("2024-11-06T21:19:55.123Z");
    }

    @Test
    void flagsOverrideTheEnvironment() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(fixture("issue.json")).build());
        Map<String, String> elsewhere = Map.of("SENTRY_AUTH_TOKEN", "env-token", "SENTRY_ORG", "env-org",
                "SENTRY_URL", "https://sentry.invalid");

        CliRun run = CliRun.of(elsewhere, "issue", "get", "1", "--token", "flag-token", "--org", "flag-org",
                "--project", "pump-station", "--url", server.url("/").toString());

        assertThat(run.status()).isZero();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/flag-org/issues/1/");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer flag-token");
    }

    @Test
    void replacesControlCharactersFromSentry() {
        assertThat(Output.clean("evil\u001b[2Jtitle\r\nnext")).isEqualTo("evil [2Jtitle  next");
    }
}
