package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a tool does with arguments that reach it unchecked, as in an MCP server of the user's own that does not
 * validate inputs against the schemas: one-line errors naming the argument, and nothing sent.
 */
class ToolCallTest {

    private FakeSentry sentry;
    private SentryClient client;

    @BeforeEach
    void start() {
        sentry = FakeSentry.start();
        sentry.addDemoIssues();
        client = sentry.clientBuilder().build();
    }

    @AfterEach
    void stop() {
        client.close();
        sentry.close();
    }

    @Test
    void namesTheArgumentThatCannotBeRead() {
        assertThat(error("search_issues", Map.of("limit", "many")))
                .startsWith("Invalid arguments: limit: Cannot deserialize value of type `java.lang.Integer`");
        assertThat(error("get_issue", Map.of("issueId", "1", "extra", 1)))
                .startsWith("Invalid arguments: extra: Unrecognized field \"extra\"");
        assertThat(error("bulk_update_issues", Map.of("issueIds", List.of(List.of("1")))))
                .startsWith("Invalid arguments: issueIds.[0]: ");
        Map<String, Object> missing = new HashMap<>();
        missing.put("issueId", null);
        assertThat(error("get_issue", missing)).isEqualTo("Invalid arguments: issueId: Missing required creator"
                + " property 'issueId' (index 0)");
        assertThat(sentry.requestCount()).isZero();
    }

    @Test
    void readsNoArgumentsAsAnEmptyObject() {
        CallToolResult result = SentryTools.call(client, definition("get_organization"), null);

        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("id", "1", "slug", "acme", "name", "acme",
                "regionUrl", sentry.baseUrl()));
    }

    @Test
    void reportsAnUnexpectedFailureInOneLine() {
        ToolDefinition<OrganizationTools.NoArgs> failing = new ToolDefinition<>("failing", "Failing", "Fails.",
                OrganizationTools.NoArgs.class, OrganizationTools.NoArgs.class, Effect.READ, (c, args) -> {
                    throw new UnsupportedOperationException("not today");
                });

        CallToolResult result = SentryTools.call(client, failing, Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(McpHarness.text(result)).isEqualTo("The tool failed: UnsupportedOperationException: not today");
    }

    private String error(String tool, Map<String, Object> arguments) {
        CallToolResult result = SentryTools.call(client, definition(tool), arguments);
        assertThat(result.isError()).isTrue();
        return McpHarness.text(result);
    }

    private static ToolDefinition<?> definition(String name) {
        return SentryTools.definitions(false).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
