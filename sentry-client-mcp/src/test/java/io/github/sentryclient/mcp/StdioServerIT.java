package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar over stdio, started by the MCP SDK's client as an MCP client starts a server command. */
class StdioServerIT {

    @Test
    void servesTheToolsAgainstTheSentryItIsConfiguredFor() throws Exception {
        try (FakeSentry sentry = FakeSentry.start()) {
            sentry.addDemoIssues();
            List<String> stderr = new CopyOnWriteArrayList<>();
            List<String> command = ServerProcess.command();
            StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.get(0))
                    .args(command.subList(1, command.size()))
                    .env(Map.of("SENTRY_AUTH_TOKEN", sentry.authToken(), "SENTRY_ORG", sentry.orgSlug(),
                            "SENTRY_URL", sentry.baseUrl()))
                    .build(), McpJson.protocol());
            transport.setStdErrorHandler(stderr::add);
            StringBuilder received = new StringBuilder();
            try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                    .enableCallToolSchemaCaching(true).build()) {
                client.initialize();
                List<Tool> tools = client.listTools().tools();
                received.append(tools);
                assertThat(tools).hasSize(14);

                CallToolResult issue = client.callTool(McpHarness.request("get_issue",
                        Map.of("issueId", "PUMP-STATION-1A")));
                CallToolResult comment = client.callTool(McpHarness.request("add_comment",
                        Map.of("issueId", "PUMP-STATION-1A", "comment", "Looking into it")));
                CallToolResult resolve = client.callTool(McpHarness.request("update_issue",
                        Map.of("issueId", "PUMP-STATION-1A", "status", "resolved")));
                CallToolResult bad = client.callTool(McpHarness.request("get_issue", Map.of("issueId", "a/b")));
                received.append(issue).append(comment).append(resolve).append(bad);

                JsonNode detail = McpHarness.structured(issue);
                assertThat(detail.at("/issue/title").asText()).isEqualTo("ZeroDivisionError: division by zero");
                assertThat(comment.isError()).isFalse();
                assertThat(bad.isError()).isTrue();
                assertThat(McpHarness.text(bad)).startsWith("Invalid input: issueId must be");
            }
            assertThat(sentry.comments("PUMP-STATION-1A")).extracting(Comment::text)
                    .containsExactly("Looking into it");
            assertThat(sentry.issue("PUMP-STATION-1A").status()).isEqualTo(IssueStatus.RESOLVED);
            assertThat(String.join("\n", stderr)).contains("serving 14 tools on stdio")
                    .doesNotContain(sentry.authToken());
            assertThat(received.toString()).doesNotContain(sentry.authToken());
        }
    }

    @Test
    void demoModeServesTheSeededIssuesAndReadOnlyLeavesOutEveryWrite() throws Exception {
        List<String> command = ServerProcess.command("--demo", "--read-only");
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.get(0))
                .args(command.subList(1, command.size())).build(), McpJson.protocol());
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(Tool::name).hasSize(10)
                    .doesNotContain("update_issue", "add_comment", "add_tag", "bulk_update_issues");
            CallToolResult search = client.callTool(McpHarness.request("search_issues",
                    Map.of("query", "is:unresolved")));
            assertThat(McpHarness.structured(search).get("issues")).extracting(i -> i.get("shortId").asText())
                    .containsExactlyInAnyOrder("PUMP-STATION-1A", "PUMP-STATION-1B");
        }
    }

    @Test
    void writesOnlyProtocolToStdoutAndStopsWhenStdinCloses(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(ServerProcess.command("--demo")).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream();
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n")
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            JsonNode answer = McpJson.mapper().readTree(out.readLine());
            assertThat(answer.at("/result/serverInfo/name").asText()).isEqualTo("sentry-client-mcp");
            in.close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isNull();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(err)).contains("demo mode").contains("serving 14 tools on stdio");
    }

    @Test
    void refusesToStartWithoutConfigurationAndSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(ServerProcess.command()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SENTRY_"));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(err)).contains("SENTRY_AUTH_TOKEN");
    }
}
