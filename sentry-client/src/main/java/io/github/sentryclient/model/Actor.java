package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Who an issue is assigned to: a user or a team. */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {

    /** Whether the actor is a user or a team. */
    public enum Type {
        /** A Sentry user. */
        USER("user"),
        /** A Sentry team. */
        TEAM("team"),
        /** A kind of actor this version does not know. */
        UNKNOWN("unknown");

        private final String value;

        Type(String value) {
            this.value = value;
        }

        /** The wire value. */
        @JsonValue
        public String value() {
            return value;
        }

        /** Reads a wire value; unknown values read as {@link #UNKNOWN}. */
        @JsonCreator
        public static Type fromValue(String value) {
            return WireValues.lookup(values(), Type::value, value, UNKNOWN);
        }
    }

    /** Whether this is a user or a team. */
    public abstract Type type();

    /** The user's or team's id. */
    public abstract String id();

    /** The display name. */
    public abstract String name();

    /** The user's e-mail; absent for teams. */
    public abstract Optional<String> email();

    /** The value to send as {@code assignedTo} to assign an issue to this actor, such as {@code user:12}. */
    public String assignee() {
        return (type() == Type.TEAM ? "team:" : "user:") + id();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Actor}. */
    public static final class Builder extends ImmutableActor.Builder {
    }
}
