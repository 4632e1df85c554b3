package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/**
 * Input of {@code updateIssue}: which issue, and the fields to change (see {@link IssueChanges}). Only the fields
 * set are sent.
 *
 * <pre>{@code
 * UpdateIssueInput.builder().issueId("PROJ-1A")
 *         .status(IssueStatus.IGNORED).substatus(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET)
 *         .statusDetails(StatusDetails.builder().ignoreCount(100).ignoreWindow(60).build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateIssueInput extends IssueChanges {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        checkChanges();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateIssueInput}. */
    public static final class Builder extends ImmutableUpdateIssueInput.Builder {
    }
}
