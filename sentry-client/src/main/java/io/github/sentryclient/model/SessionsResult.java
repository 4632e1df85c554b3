package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Release health: session counts over time, by the groups asked for (such as {@code session.status}). */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionsResult.class)
@JsonDeserialize(as = ImmutableSessionsResult.class)
public abstract class SessionsResult {

    /** The start of the period. */
    public abstract Optional<String> start();

    /** The end of the period. */
    public abstract Optional<String> end();

    /** The start of each interval, as ISO-8601 text. */
    public abstract List<String> intervals();

    /** One entry per group. */
    public abstract List<SessionGroup> groups();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SessionsResult}. */
    public static final class Builder extends ImmutableSessionsResult.Builder {
    }

    /** One group: its values of the grouping fields, its totals and its series (one value per interval). */
    @Value.Immutable
    @JsonSerialize(as = ImmutableSessionGroup.class)
    @JsonDeserialize(as = ImmutableSessionGroup.class)
    public abstract static class SessionGroup {

        /** The group's values, such as {@code session.status=errored}. */
        public abstract Map<String, JsonNode> by();

        /** Each field's total over the period, such as {@code sum(session)}; JSON numbers (null where none). */
        public abstract Map<String, JsonNode> totals();

        /** Each field's values per interval, as JSON arrays (null where none). */
        public abstract Map<String, JsonNode> series();
    }
}
