package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code updateComment}: which comment on which issue, and its new text. */
@Value.Immutable
public abstract class UpdateCommentInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The comment's id, as {@link Comment#id()} returns it. */
    public abstract String commentId();

    /** The new text; must not be blank. */
    public abstract String comment();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.numericId("commentId", commentId());
        Validation.notBlank("comment", comment());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateCommentInput}. */
    public static final class Builder extends ImmutableUpdateCommentInput.Builder {
    }
}
