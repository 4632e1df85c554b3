package io.github.sentryclient.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The body of an event search as Sentry sends it: the rows and the {@code meta} that types their fields.
 *
 * @param data the rows, by field name
 * @param meta each field's type and unit
 */
public record EventsBody(List<Map<String, JsonNode>> data, Meta meta) {

    /**
     * The {@code meta} of an event search.
     *
     * @param fields each field's type
     * @param units each field's unit (null for none)
     */
    public record Meta(Map<String, String> fields, Map<String, String> units) {
    }
}
