package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built jar on streamable HTTP: {@code --http 0 --demo}, its secret printed once on stderr. */
class HttpServerIT {

    private static final Pattern URL = Pattern.compile("tools at (http://127\\.0\\.0\\.1:\\d+/mcp)");
    private static final Pattern SECRET = Pattern.compile("Authorization: Bearer (\\S+)");

    @Test
    void servesOnLoopbackWithTheSecretItPrinted() throws Exception {
        Process process = new ProcessBuilder(ServerProcess.command("--http", "0", "--demo")).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String url = null;
            String secret = null;
            while (secret == null) {
                String line = err.readLine();
                assertThat(line).as("the server's start-up lines on stderr").isNotNull();
                Matcher at = URL.matcher(line);
                Matcher bearer = SECRET.matcher(line);
                url = at.find() ? at.group(1) : url;
                secret = bearer.find() ? bearer.group(1) : null;
            }
            assertThat(url).isNotNull();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);

            try (McpSyncClient client = McpHarness.connect(url, secret)) {
                client.initialize();
                assertThat(client.listTools().tools()).hasSize(14);
                CallToolResult resolved = client.callTool(McpHarness.request("update_issue",
                        Map.of("issueId", "PUMP-STATION-1A", "status", "resolved")));
                assertThat(McpHarness.structured(resolved).get("status").asText()).isEqualTo("resolved");
                CallToolResult read = client.callTool(McpHarness.request("get_issue",
                        Map.of("issueId", "PUMP-STATION-1A")));
                assertThat(McpHarness.structured(read).at("/issue/status").asText()).isEqualTo("resolved");
            }
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void neverPrintsAConfiguredSecret() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ServerProcess.command("--http", "0", "--demo"));
        builder.environment().put("SENTRY_MCP_SECRET", "configured-secret-value-123");
        Process process = builder.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String url = null;
            for (String line = err.readLine(); line != null && !line.contains("Authorization");
                    line = err.readLine()) {
                seen.append(line).append('\n');
                Matcher at = URL.matcher(line);
                url = at.find() ? at.group(1) : url;
            }
            assertThat(seen.toString()).doesNotContain("configured-secret-value-123");
            try (McpSyncClient client = McpHarness.connect(url, "configured-secret-value-123")) {
                client.initialize();
                assertThat(client.listTools().tools()).isNotEmpty();
            }
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
