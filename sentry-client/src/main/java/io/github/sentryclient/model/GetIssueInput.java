package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code getIssue}: which issue to read. */
@Value.Immutable
public abstract class GetIssueInput {

    /** The numeric issue id or short id, such as {@code "123456"} or {@code "PROJ-1A"}. */
    public abstract String issueId();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GetIssueInput}. */
    public static final class Builder extends ImmutableGetIssueInput.Builder {
    }
}
