package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code listTagValues}: which issue and which tag key. */
@Value.Immutable
public abstract class ListTagValuesInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The tag key, such as {@code browser} or {@code environment}. */
    public abstract String key();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.tagKey("key", key());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListTagValuesInput}. */
    public static final class Builder extends ImmutableListTagValuesInput.Builder {
    }
}
