package io.github.sentryclient.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A FakeSentry seeded with the demo's issues, the MCP server on streamable HTTP on loopback in front of it, and the
 * MCP SDK's own client connected with the server's secret. Everything the client received is kept, so that tests
 * can check that the Sentry token is nowhere in it.
 */
final class McpHarness implements AutoCloseable {

    static final String SECRET = "test-secret-0123456789";

    final FakeSentry sentry;
    final SentryClient client;
    final HttpMcpServer server;
    final McpSyncClient mcp;
    final List<String> received = new ArrayList<>();

    McpHarness(boolean readOnly) throws Exception {
        this(readOnly, FakeSentry.start());
    }

    McpHarness(boolean readOnly, FakeSentry sentry) throws Exception {
        this.sentry = sentry;
        sentry.addDemoIssues();
        this.client = sentry.clientBuilder().maxRetries(1).build();
        this.server = HttpMcpServer.start("127.0.0.1", 0, SECRET, SentryTools.specifications(client, readOnly),
                McpServers.instructions(sentry.orgSlug(), readOnly));
        this.mcp = connect(server.url(), SECRET);
        mcp.initialize();
    }

    static McpSyncClient connect(String url, String secret) {
        URI uri = URI.create(url);
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(uri.getScheme() + "://" + uri.getAuthority())
                .endpoint(uri.getPath())
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + secret))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20))
                // The client checks every structuredContent against the tool's outputSchema.
                .enableCallToolSchemaCaching(true)
                .build();
    }

    /** Calls a tool and keeps what came back. */
    CallToolResult call(String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp.callTool(request(tool, arguments));
        received.add(text(result));
        received.add(String.valueOf(result.structuredContent()));
        return result;
    }

    /** A {@code tools/call} request. */
    static CallToolRequest request(String tool, Map<String, Object> arguments) {
        return CallToolRequest.builder(tool).arguments(arguments).build();
    }

    /** The result's structured content as JSON. */
    static JsonNode structured(CallToolResult result) {
        return McpJson.mapper().valueToTree(result.structuredContent());
    }

    static String text(CallToolResult result) {
        return result.content().stream().map(content -> ((TextContent) content).text())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws Exception {
        mcp.close();
        server.close();
        client.close();
        sentry.close();
    }
}
