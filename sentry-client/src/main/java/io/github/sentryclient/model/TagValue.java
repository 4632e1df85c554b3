package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One value of a tag on an issue's events, with how often it was seen. */
@Value.Immutable
@JsonSerialize(as = ImmutableTagValue.class)
@JsonDeserialize(as = ImmutableTagValue.class)
public abstract class TagValue {

    /** The tag's value. */
    public abstract String value();

    /** The display name of the value. */
    @Value.Default
    public String name() {
        return value();
    }

    /** How many events carry this value. */
    @Value.Default
    public long count() {
        return 0;
    }

    /** When an event with this value was first seen. */
    public abstract Optional<Instant> firstSeen();

    /** When an event with this value was last seen. */
    public abstract Optional<Instant> lastSeen();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TagValue}. */
    public static final class Builder extends ImmutableTagValue.Builder {
    }
}
