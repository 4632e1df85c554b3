package io.github.sentryclient.mcp;

import io.github.sentryclient.SentryClient;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.util.List;

/** What both transports' servers share: the name, the version, the instructions and the tools. */
final class McpServers {

    /** The server's name in {@code initialize}. */
    static final String NAME = "sentry-client-mcp";

    private McpServers() {
    }

    static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
            McpServer.SyncSpecification<S> spec, List<SyncToolSpecification> tools, String instructions) {
        return spec.serverInfo(NAME, version())
                .instructions(instructions)
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .jsonMapper(McpJson.protocol())
                .tools(tools);
    }

    /** This server's version: the library's. */
    static String version() {
        String agent = SentryClient.userAgent();
        return agent.substring(agent.indexOf('/') + 1);
    }

    /** What the server tells the agent about itself. */
    static String instructions(String organization, boolean readOnly) {
        return "Tools for Sentry organization '" + organization + "': search and read issues, their events, tags"
                + " and comments" + (readOnly ? " (read-only: this server changes nothing)."
                : ", and triage them (update, comment, tag, bulk update).")
                + " search_issues takes Sentry's own search syntax, such as 'is:unresolved level:error"
                + " firstSeen:-24h'. Issue ids may be numeric ids or short ids such as BACKEND-1A.";
    }
}
