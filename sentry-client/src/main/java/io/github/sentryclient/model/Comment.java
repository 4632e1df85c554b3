package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A comment (Sentry calls it a note) on an issue. */
@Value.Immutable
public abstract class Comment {

    /** The comment's id (Sentry's note id). */
    @JsonProperty
    public abstract String id();

    /** The comment's text (Sentry's {@code data.text}). */
    @JsonProperty
    public abstract String text();

    /** When the comment was posted. */
    @JsonProperty
    public abstract Instant dateCreated();

    /** The author, when the comment was posted by a user. */
    @JsonProperty
    public abstract Optional<User> user();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Comment}. */
    public static final class Builder extends ImmutableComment.Builder {
    }

    /** Reads Sentry's note shape, where the text is nested under {@code data}. */
    @JsonCreator
    static Comment fromJson(
            @JsonProperty("id") String id,
            @JsonProperty("data") JsonNode data,
            @JsonProperty("dateCreated") Instant dateCreated,
            @JsonProperty("user") User user) {
        JsonNode text = data == null ? null : data.get("text");
        return builder()
                .id(id)
                .text(text == null || text.isNull() ? "" : text.asText())
                .dateCreated(dateCreated)
                .user(Optional.ofNullable(user))
                .build();
    }
}
