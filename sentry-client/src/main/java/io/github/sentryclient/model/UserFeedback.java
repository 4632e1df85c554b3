package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A user's report about an event: what they were doing and how to reach them. */
@Value.Immutable
@JsonSerialize(as = ImmutableUserFeedback.class)
@JsonDeserialize(as = ImmutableUserFeedback.class)
public abstract class UserFeedback {

    /** The report's id. */
    public abstract String id();

    /** The id of the event it is about. */
    public abstract String eventID();

    /** The reporter's name. */
    public abstract Optional<String> name();

    /** The reporter's e-mail. */
    public abstract Optional<String> email();

    /** What they wrote. */
    public abstract Optional<String> comments();

    /** When it was sent. */
    public abstract Optional<Instant> dateCreated();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UserFeedback}. */
    public static final class Builder extends ImmutableUserFeedback.Builder {
    }
}
