package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.support.Readme;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's MCP server section: its client configuration starts the server, and its tool table is true. */
class McpReadmeIT {

    private static final String SECTION = "## MCP server";
    private static final String CHECKOUT = "/path/to/sentry-client/";

    @Test
    void theConfigurationSnippetStartsTheServerAndTheTableListsItsTools() throws Exception {
        JsonNode server = McpJson.mapper().readTree(Readme.blocks(Readme.section(SECTION), "json").get(0))
                .at("/mcpServers/sentry");
        assertThat(server.get("command").asText()).isEqualTo("java");
        List<String> args = new ArrayList<>();
        Path root = Path.of(System.getProperty("sentry.readme")).toAbsolutePath().getParent();
        server.get("args").forEach(arg -> args.add(arg.asText().replace(CHECKOUT, root + "/")));
        assertThat(Path.of(args.get(1))).as("the jar the snippet names").isEqualTo(Path.of(System.getProperty(
                "mcp.jar")).toAbsolutePath());
        assertThat(server.get("env").fieldNames()).toIterable().containsExactly("SENTRY_AUTH_TOKEN", "SENTRY_ORG");

        try (FakeSentry sentry = FakeSentry.start()) {
            sentry.addDemoIssues();
            Map<String, String> env = new HashMap<>(Map.of("SENTRY_AUTH_TOKEN", sentry.authToken(), "SENTRY_ORG",
                    sentry.orgSlug(), "SENTRY_URL", sentry.baseUrl()));
            List<Tool> tools = tools(args, env);
            assertThat(tools).extracting(Tool::name).containsExactlyElementsOf(tableNames());
            for (Tool tool : tools) {
                assertThat(tableRow(tool.name())).as(tool.name()).endsWith(" | " + columns(tool.annotations()) + " |");
            }
            List<String> readOnly = new ArrayList<>(args);
            readOnly.add("--read-only");
            assertThat(tools(readOnly, env)).extracting(Tool::name)
                    .containsExactlyElementsOf(SentryTools.names(true));
        }
        List<String> demo = new ArrayList<>(args);
        demo.add("--demo");
        assertThat(tools(demo, Map.of())).hasSize(tableNames().size());
    }

    @Test
    void theStreamableHttpCommandsRunAsShown() throws Exception {
        String block = Readme.blocks(Readme.section(SECTION), "sh").stream().filter(b -> b.contains("--http"))
                .findFirst().orElseThrow();
        Matcher token = Pattern.compile("SENTRY_AUTH_TOKEN=(\\S+)").matcher(block);
        Matcher org = Pattern.compile("SENTRY_ORG=(\\S+)").matcher(block);
        Matcher port = Pattern.compile("--http (\\d+)").matcher(block);
        assertThat(token.find() && org.find() && port.find()).as("the block sets token, org and port").isTrue();
        Path root = Path.of(System.getProperty("sentry.readme")).toAbsolutePath().getParent();
        try (FakeSentry sentry = FakeSentry.builder().authToken(token.group(1)).orgSlug(org.group(1)).start()) {
            ProcessBuilder shell = new ProcessBuilder("bash", "-c", block).directory(root.toFile());
            // The block's java is the JDK running this test; SENTRY_URL (optional in the README) points at the fake.
            shell.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                    + System.getenv("PATH"));
            shell.environment().put("SENTRY_URL", sentry.baseUrl());
            Process process = shell.start();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                String url = "http://127.0.0.1:" + port.group(1) + "/mcp";
                for (String line = err.readLine(); !seen.toString().contains("tools at " + url);
                        line = err.readLine()) {
                    assertThat(line).as("the server's start-up lines so far: %s", seen).isNotNull();
                    seen.append(line).append('\n');
                }
                assertThat(seen.toString()).as("a configured secret is never printed").doesNotContain("Bearer ");
                HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(sentry.exchanges()).as("the server asked the fake for the organization's region")
                        .isNotEmpty().allSatisfy(exchange -> assertThat(exchange.status()).isEqualTo(200));
            } finally {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static List<Tool> tools(List<String> args, Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(java).args(args)
                .env(env).build(), McpJson.protocol());
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
            client.initialize();
            return client.listTools().tools();
        }
    }

    private static List<String> tableNames() {
        return Readme.section(SECTION).lines().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
    }

    private static String tableRow(String name) {
        return Readme.section(SECTION).lines().filter(line -> line.startsWith("| `" + name + "` |")).findFirst()
                .orElseThrow();
    }

    private static String columns(ToolAnnotations annotations) {
        return yes(annotations.readOnlyHint()) + " | " + yes(annotations.destructiveHint()) + " | "
                + yes(annotations.idempotentHint());
    }

    private static String yes(Boolean hint) {
        return hint ? "yes" : "no";
    }
}
