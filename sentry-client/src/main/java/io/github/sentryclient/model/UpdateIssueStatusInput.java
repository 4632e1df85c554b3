package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code updateIssueStatus}: which issue, and its new status. */
@Value.Immutable
public abstract class UpdateIssueStatusInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** The new status; {@link IssueStatus#UNKNOWN} is rejected. */
    public abstract IssueStatus status();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        if (status() == IssueStatus.UNKNOWN) {
            throw new IllegalArgumentException("status must be a known status (RESOLVED, UNRESOLVED, IGNORED or"
                    + " RESOLVED_IN_NEXT_RELEASE), got UNKNOWN");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateIssueStatusInput}. */
    public static final class Builder extends ImmutableUpdateIssueStatusInput.Builder {
    }
}
