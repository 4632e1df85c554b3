package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.List;
import org.immutables.value.Value;

/** Input of {@code addComment}: which issue, the comment's text, and who to mention. */
@Value.Immutable
public abstract class AddCommentInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The comment's text; must not be blank. */
    public abstract String comment();

    /**
     * Actors to mention and notify, in the forms Sentry accepts ({@code user:ID}, {@code team:ID}); empty by
     * default.
     */
    public abstract List<String> mentions();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.notBlank("comment", comment());
        for (String mention : mentions()) {
            Validation.notBlank("mentions", mention);
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AddCommentInput}. */
    public static final class Builder extends ImmutableAddCommentInput.Builder {
    }
}
