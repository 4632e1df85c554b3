package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a trace, as Sentry's trace view returns it: a span (a transaction's root span among them), an error or
 * an occurrence (a performance issue), with its children, errors and occurrences below it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTraceItem.class)
@JsonDeserialize(as = ImmutableTraceItem.class)
public abstract class TraceItem {

    /** The item's id: a span id, or the event id of an error or occurrence. */
    @JsonProperty("event_id")
    public abstract String eventId();

    /** {@code span}, {@code error}, {@code occurrence} or {@code uptime_check}. */
    @JsonProperty("event_type")
    public abstract String eventType();

    /** The project's slug. */
    @JsonProperty("project_slug")
    public abstract Optional<String> projectSlug();

    /** The transaction the item belongs to, such as {@code GET /checkout}. */
    public abstract Optional<String> transaction();

    /** A span's description, such as its SQL or URL; an error's or occurrence's title. */
    public abstract Optional<String> description();

    /** A span's operation, such as {@code db} or {@code http.server}. */
    public abstract Optional<String> op();

    /** An error's level, such as {@code error}. */
    public abstract Optional<String> level();

    /** The issue an error or occurrence belongs to. */
    @JsonProperty("issue_id")
    public abstract Optional<String> issueId();

    /** The short id of that issue, such as {@code BACKEND-1A}. */
    @JsonProperty("short_id")
    public abstract Optional<String> shortId();

    /** The parent span's id; empty for the trace's root. */
    @JsonProperty("parent_span_id")
    public abstract Optional<String> parentSpanId();

    /** When it started, in seconds since the epoch. */
    @JsonProperty("start_timestamp")
    public abstract Optional<Double> startTimestamp();

    /** A span's duration in milliseconds. */
    public abstract Optional<Double> duration();

    /** The spans below this one. */
    public abstract List<TraceItem> children();

    /** The errors that happened in this span. */
    public abstract List<TraceItem> errors();

    /** The performance issues found in this span. */
    public abstract List<TraceItem> occurrences();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TraceItem}. */
    public static final class Builder extends ImmutableTraceItem.Builder {
    }
}
