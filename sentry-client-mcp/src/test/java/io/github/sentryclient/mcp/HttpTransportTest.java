package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The streamable HTTP endpoint lets through only requests with the server's secret, from local pages only. */
class HttpTransportTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\","
            + "\"version\":\"1\"}}}";
    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"update_issue\",\"arguments\":{\"issueId\":\"PUMP-STATION-1A\",\"status\":\"resolved\"}}}";

    private final HttpClient http = HttpClient.newHttpClient();
    private McpHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new McpHarness(false);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void refusesRequestsWithoutTheSecretBeforeAnyToolRuns() throws Exception {
        int before = harness.sentry.requestCount();

        HttpResponse<String> none = post(CALL, null, null);
        HttpResponse<String> wrong = post(CALL, "Bearer not-the-secret", null);
        HttpResponse<String> basic = post(INITIALIZE, "Basic " + McpHarness.SECRET, null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(none.body()).contains("SENTRY_MCP_SECRET").doesNotContain(McpHarness.SECRET);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(harness.sentry.requestCount()).isEqualTo(before);
        assertThat(harness.sentry.issue("PUMP-STATION-1A").status().value()).isEqualTo("unresolved");
        assertThatThrownBy(() -> McpHarness.connect(harness.server.url(), "not-the-secret").initialize())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void letsTheSecretThroughAndRefusesForeignOrigins() throws Exception {
        HttpResponse<String> initialized = post(INITIALIZE, "Bearer " + McpHarness.SECRET, null);
        HttpResponse<String> local = post(INITIALIZE, "Bearer " + McpHarness.SECRET, "http://localhost:6274");
        HttpResponse<String> foreign = post(INITIALIZE, "Bearer " + McpHarness.SECRET, "https://evil.example");

        assertThat(initialized.statusCode()).isEqualTo(200);
        assertThat(initialized.body()).contains("sentry-client-mcp");
        assertThat(initialized.headers().firstValue("Mcp-Session-Id")).isPresent();
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(harness.server.url()).startsWith("http://127.0.0.1:").endsWith("/mcp");
    }

    private HttpResponse<String> post(String body, String authorization, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(harness.server.url()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
