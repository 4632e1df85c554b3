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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
