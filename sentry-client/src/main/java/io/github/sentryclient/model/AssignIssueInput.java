package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** Input of {@code assignIssue}: which issue, and who to assign it to. */
@Value.Immutable
public abstract class AssignIssueInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /**
     * The assignee as Sentry accepts it: {@code user:ID}, {@code team:ID}, a numeric user id, a username or an
     * e-mail. Sent as given.
     */
    public abstract String assignee();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.notBlank("assignee", assignee());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AssignIssueInput}. */
    public static final class Builder extends ImmutableAssignIssueInput.Builder {
    }
}
