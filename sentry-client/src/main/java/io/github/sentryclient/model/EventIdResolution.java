package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Where an event id leads: its project, its issue and the event itself, from {@code resolveEventId}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventIdResolution.class)
@JsonDeserialize(as = ImmutableEventIdResolution.class)
public abstract class EventIdResolution {

    /** The organization's slug. */
    public abstract String organizationSlug();

    /** The slug of the event's project. */
    public abstract String projectSlug();

    /** The numeric id of the event's issue. */
    public abstract String groupId();

    /** The event id. */
    public abstract String eventId();

    /** The event. */
    public abstract Event event();

    /** The numeric id of the event's issue (Sentry's {@code groupId}). */
    public String issueId() {
        return groupId();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EventIdResolution}. */
    public static final class Builder extends ImmutableEventIdResolution.Builder {
    }
}
