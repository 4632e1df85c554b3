package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.util.Map;

/**
 * The server's JSON: tool arguments read strictly into their records, results written without absent fields; the
 * protocol itself is the MCP SDK's own (Jackson 2) mapper.
 */
final class McpJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private McpJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A result record as the JSON object sent as {@code structuredContent}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return MAPPER.convertValue(value, Map.class);
    }

    /** The MCP SDK's mapper, for its transports and sessions. */
    static McpJsonMapper protocol() {
        return McpJsonDefaults.getMapper();
    }
}
