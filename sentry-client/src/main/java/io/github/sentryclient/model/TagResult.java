package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@code addTag} found or did. */
@Value.Immutable
@JsonSerialize(as = ImmutableTagResult.class)
public abstract class TagResult {

    /** The issue id the tag was asked for. */
    public abstract String issueId();

    /** The tag key. */
    public abstract String key();

    /** The tag value. */
    public abstract String value();

    /** Whether the tag is an event tag or a label comment. */
    public abstract TagSource source();

    /** The id of the label comment, when {@link #source()} is {@link TagSource#LABEL_COMMENT}. */
    public abstract Optional<String> commentId();

    /** Whether this call wrote the label comment (false when the tag or label was already there). */
    @Value.Default
    public boolean created() {
        return false;
    }

    /** How many events carry the tag, when it is an event tag. */
    public abstract Optional<Long> eventCount();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TagResult}. */
    public static final class Builder extends ImmutableTagResult.Builder {
    }
}
