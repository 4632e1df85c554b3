package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An event (one occurrence) of an issue. Stack traces and contexts are present when asked for the full event. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event {

    /** The event id, 32 hex digits. */
    public abstract String id();

    /** The event id as the SDK sent it (usually equal to {@link #id()}). */
    @JsonProperty("eventID")
    public abstract Optional<String> eventId();

    /** The issue the event belongs to. */
    @JsonProperty("groupID")
    public abstract Optional<String> issueId();

    /** The project the event belongs to. */
    @JsonProperty("projectID")
    public abstract Optional<String> projectId();

    /** The event title. */
    @Value.Default
    public String title() {
        return "";
    }

    /** The log message, often empty for exceptions. */
    @Value.Default
    public String message() {
        return "";
    }

    /** Where it happened, such as a function or route. */
    public abstract Optional<String> culprit();

    /** The source location, such as {@code example.py:123}. */
    public abstract Optional<String> location();

    /** The platform, such as {@code python}. */
    public abstract Optional<String> platform();

    /**
     * The kind of event, such as {@code error} or {@code default}: {@code event.type} in the short items of an
     * event list, {@code type} in a whole event (one event, a {@code full=true} list, a hash's latest event).
     */
    @JsonProperty("event.type")
    @JsonAlias("type")
    public abstract Optional<String> eventType();

    /** When the event happened. */
    public abstract Optional<Instant> dateCreated();

    /** When Sentry received the event. */
    public abstract Optional<Instant> dateReceived();

    /** The event tags. */
    public abstract List<EventTag> tags();

    /** The user the event was captured for. */
    public abstract Optional<EventUser> user();

    /** The event body (exception, breadcrumbs, request...), present on full events. */
    public abstract Optional<JsonNode> entries();

    /** The contexts (browser, os, trace...), present on full events. */
    public abstract Optional<JsonNode> contexts();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Event}. */
    public static final class Builder extends ImmutableEvent.Builder {
    }
}
