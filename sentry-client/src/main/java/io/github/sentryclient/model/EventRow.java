package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One row of an event search: the value of each field asked for, as JSON, with typed accessors. */
@Value.Immutable
public abstract class EventRow {

    /** The row's values by field name, as Sentry sent them ({@code null} as a {@code NullNode}). */
    public abstract Map<String, JsonNode> values();

    /** The value of {@code field}; a {@code MissingNode} when the row has none. */
    public JsonNode get(String field) {
        JsonNode value = values().get(field);
        return value == null ? MissingNode.getInstance() : value;
    }

    /** The value of {@code field} as text; empty when absent or null. */
    public Optional<String> text(String field) {
        JsonNode value = get(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** The value of {@code field} as a number; empty when absent, null or not a number. */
    public Optional<Double> number(String field) {
        JsonNode value = get(field);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    /** A row of these values; a {@code null} value becomes a {@code NullNode}. */
    public static EventRow of(Map<String, JsonNode> values) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        values.forEach((field, value) -> copy.put(field, value == null ? NullNode.getInstance() : value));
        return ImmutableEventRow.builder().putAllValues(copy).build();
    }
}
