package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The organization's usage by project: how many events were accepted, filtered or rate limited. */
@Value.Immutable
@JsonSerialize(as = ImmutableStatsSummary.class)
@JsonDeserialize(as = ImmutableStatsSummary.class)
public abstract class StatsSummary {

    /** The start of the period. */
    public abstract Optional<String> start();

    /** The end of the period. */
    public abstract Optional<String> end();

    /** The usage of each project. */
    public abstract List<ProjectStats> projects();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StatsSummary}. */
    public static final class Builder extends ImmutableStatsSummary.Builder {
    }

    /** One project's usage: one entry per category and outcome, as Sentry sends them. */
    @Value.Immutable
    @JsonSerialize(as = ImmutableProjectStats.class)
    @JsonDeserialize(as = ImmutableProjectStats.class)
    public abstract static class ProjectStats {

        /** The project's id. */
        public abstract String id();

        /** The project's slug. */
        public abstract String slug();

        /** The entries, such as {@code {"category": "error", "outcomes": {...}, "totals": {...}}}. */
        public abstract List<Map<String, JsonNode>> stats();
    }
}
