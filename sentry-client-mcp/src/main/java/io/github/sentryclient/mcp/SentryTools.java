package io.github.sentryclient.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sentry tools as MCP SDK tool specifications, for {@link SentryMcpServer} or for an MCP server of your own
 * ({@code McpServer.sync(transport).tools(SentryTools.specifications(client, false))}).
 *
 * <p>Every tool reads its arguments into a record whose JSON Schema is its input schema, and answers with a short
 * Markdown text and {@code structuredContent} that matches its output schema. Bad arguments and Sentry's refusals
 * are tool results with {@code isError: true} and a one-line message; bad arguments send nothing to Sentry.
 */
public final class SentryTools {

    private static final Logger LOG = LoggerFactory.getLogger(SentryTools.class);

    private SentryTools() {
    }

    /**
     * The tools, calling Sentry through {@code client}.
     *
     * @param readOnly whether to leave out every tool that changes something in Sentry
     */
    public static List<SyncToolSpecification> specifications(SentryClient client, boolean readOnly) {
        Objects.requireNonNull(client, "client");
        return definitions(readOnly).stream().map(definition -> specification(client, definition)).toList();
    }

    /** The tools' names, in the order they are listed. */
    public static List<String> names(boolean readOnly) {
        return definitions(readOnly).stream().map(ToolDefinition::name).toList();
    }

    static List<ToolDefinition<?>> definitions(boolean readOnly) {
        return Stream.of(IssueTools.all(), EventTools.all(), TagTools.all(), CommentTools.all(),
                        OrganizationTools.all())
                .flatMap(List::stream)
                .filter(definition -> !readOnly || definition.effect().readOnly())
                .toList();
    }

    private static <A> SyncToolSpecification specification(SentryClient client, ToolDefinition<A> definition) {
        Tool tool = Tool.builder(definition.name(), Schemas.of(definition.input()))
                .title(definition.title())
                .description(definition.description())
                .outputSchema(Schemas.of(definition.output()))
                .annotations(ToolAnnotations.builder()
                        .title(definition.title())
                        .readOnlyHint(definition.effect().readOnly())
                        .destructiveHint(definition.effect().destructive())
                        .idempotentHint(definition.effect().idempotent())
                        // Sentry is a service outside this process whose issues change while the agent works.
                        .openWorldHint(true)
                        .build())
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(client, definition, request.arguments()))
                .build();
    }

    static <A> CallToolResult call(SentryClient client, ToolDefinition<A> definition, Map<String, Object> arguments) {
        long start = System.nanoTime();
        A args;
        try {
            args = McpJson.mapper().convertValue(arguments == null ? Map.of() : arguments, definition.input());
        } catch (IllegalArgumentException unreadable) {
            return error(definition, "Invalid arguments: " + argumentProblem(unreadable), start);
        }
        try {
            ToolOutput output = definition.handler().apply(client, args);
            CallToolResult result = CallToolResult.builder()
                    .addTextContent(output.text())
                    .structuredContent(McpJson.object(output.structured()))
                    .isError(false)
                    .build();
            LOG.info("{}: ok in {} ms", definition.name(), (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            // The library's input rules: the message names the field and the rule, and nothing was sent.
            return error(definition, "Invalid input: " + invalid.getMessage(), start);
        } catch (SentryClientException failed) {
            return error(definition, failed.getMessage(), start);
        } catch (RuntimeException unexpected) {
            LOG.warn("{}: failed with {}", definition.name(), unexpected.toString());
            return error(definition, "The tool failed: " + unexpected.getClass().getSimpleName()
                    + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage()), start);
        }
    }

    private static CallToolResult error(ToolDefinition<?> definition, String message, long start) {
        LOG.info("{}: error in {} ms: {}", definition.name(), (System.nanoTime() - start) / 1_000_000, message);
        return CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }

    /** Which argument could not be read, and why, in one line. */
    private static String argumentProblem(IllegalArgumentException unreadable) {
        if (unreadable.getCause() instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = mapping.getOriginalMessage().lines().findFirst().orElse("");
            return (field.isEmpty() ? "" : field + ": ") + reason;
        }
        return unreadable.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage()
                : unreadable.getMessage();
    }
}
