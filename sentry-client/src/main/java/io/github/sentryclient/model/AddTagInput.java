package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code addTag}: which issue, and the tag key and value. */
@Value.Immutable
public abstract class AddTagInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The tag key: at most 32 letters, digits, {@code _ . : -}. */
    public abstract String key();

    /** The tag value: 1 to 200 characters, no line breaks. */
    public abstract String value();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.tagKey("key", key());
        Validation.tagValue("value", value());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AddTagInput}. */
    public static final class Builder extends ImmutableAddTagInput.Builder {
    }
}
