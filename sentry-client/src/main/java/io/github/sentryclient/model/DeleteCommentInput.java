package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code deleteComment}: which comment on which issue. */
@Value.Immutable
public abstract class DeleteCommentInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The comment's id, as {@link Comment#id()} returns it. */
    public abstract String commentId();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.numericId("commentId", commentId());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeleteCommentInput}. */
    public static final class Builder extends ImmutableDeleteCommentInput.Builder {
    }
}
