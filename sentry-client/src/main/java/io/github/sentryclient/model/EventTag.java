package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A tag on one event. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventTag.class)
@JsonDeserialize(as = ImmutableEventTag.class)
public abstract class EventTag {

    /** The tag key. */
    public abstract String key();

    /** The tag value. */
    @Value.Default
    public String value() {
        return "";
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EventTag}. */
    public static final class Builder extends ImmutableEventTag.Builder {
    }
}
