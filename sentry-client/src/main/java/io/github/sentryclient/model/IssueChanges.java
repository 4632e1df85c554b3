package io.github.sentryclient.model;

import java.util.Optional;

/**
 * The fields of a partial issue update, shared by {@link UpdateIssueInput} and {@link BulkUpdateIssuesInput}:
 * only the fields that are set are sent, and at least one must be. Checked before sending: known enum values
 * only, a substatus that fits the status, and status details that fit the status.
 */
public abstract class IssueChanges {

    /** The new status; {@link IssueStatus#UNKNOWN} is rejected. */
    public abstract Optional<IssueStatus> status();

    /**
     * The new substatus; needs {@link #status()}: {@code ARCHIVED_*} with {@link IssueStatus#IGNORED}, the
     * others with {@link IssueStatus#UNRESOLVED}. Sentry derives one when it is not set.
     */
    public abstract Optional<IssueSubstatus> substatus();

    /** When the status change applies; needs {@link #status()} (see {@link StatusDetails}). */
    public abstract Optional<StatusDetails> statusDetails();

    /** The new priority; {@link IssuePriority#UNKNOWN} is rejected. */
    public abstract Optional<IssuePriority> priority();

    /**
     * The new assignee, as {@code assignIssue} takes it ({@code user:ID}, {@code team:ID}, a username or an
     * e-mail); the empty string unassigns.
     */
    public abstract Optional<String> assignee();

    /** Bookmarks the issue for the token's user, or removes the bookmark. */
    public abstract Optional<Boolean> isBookmarked();

    /** Marks the issue seen or unseen for the token's user. */
    public abstract Optional<Boolean> hasSeen();

    /** Subscribes the token's user to the issue's notifications, or unsubscribes. */
    public abstract Optional<Boolean> isSubscribed();

    /** Shares the issue publicly (Sentry then returns a share id), or stops sharing. */
    public abstract Optional<Boolean> isPublic();

    /** Checks the fields as described on this class. */
    void checkChanges() {
        if (status().isEmpty() && substatus().isEmpty() && statusDetails().isEmpty() && priority().isEmpty()
                && assignee().isEmpty() && isBookmarked().isEmpty() && hasSeen().isEmpty()
                && isSubscribed().isEmpty() && isPublic().isEmpty()) {
            throw new IllegalArgumentException("at least one change must be set (status, substatus, statusDetails,"
                    + " priority, assignee, isBookmarked, hasSeen, isSubscribed or isPublic)");
        }
        if (status().filter(s -> s == IssueStatus.UNKNOWN).isPresent()) {
            throw new IllegalArgumentException("status must be a known status (RESOLVED, UNRESOLVED, IGNORED or"
                    + " RESOLVED_IN_NEXT_RELEASE), got UNKNOWN");
        }
        if (priority().filter(p -> p == IssuePriority.UNKNOWN).isPresent()) {
            throw new IllegalArgumentException("priority must be LOW, MEDIUM or HIGH, got UNKNOWN");
        }
        substatus().ifPresent(this::checkSubstatus);
        statusDetails().ifPresent(this::checkStatusDetails);
        assignee().ifPresent(assignee -> {
            if (!assignee.isEmpty() && assignee.isBlank()) {
                throw new IllegalArgumentException("assignee must not be blank (use \"\" to unassign)");
            }
        });
    }

    private void checkSubstatus(IssueSubstatus substatus) {
        if (substatus == IssueSubstatus.UNKNOWN) {
            throw new IllegalArgumentException("substatus must be a known substatus, got UNKNOWN");
        }
        IssueStatus status = status().orElseThrow(() -> new IllegalArgumentException(
                "substatus " + substatus + " needs a status"));
        boolean archived = substatus.value().startsWith("archived_");
        IssueStatus expected = archived ? IssueStatus.IGNORED : IssueStatus.UNRESOLVED;
        if (status != expected) {
            throw new IllegalArgumentException("substatus " + substatus + " needs status " + expected + ", got "
                    + status);
        }
    }

    private void checkStatusDetails(StatusDetails details) {
        IssueStatus status = status().orElseThrow(() -> new IllegalArgumentException(
                "statusDetails needs a status (RESOLVED for a release or commit, IGNORED for an archive condition)"));
        if (details.isReleaseCondition() && status != IssueStatus.RESOLVED) {
            throw new IllegalArgumentException("statusDetails with inRelease, inNextRelease or inCommit needs"
                    + " status RESOLVED, got " + status);
        }
        if (details.isArchiveCondition() && status != IssueStatus.IGNORED) {
            throw new IllegalArgumentException("statusDetails with ignoreDuration, ignoreCount or ignoreUserCount"
                    + " needs status IGNORED, got " + status);
        }
    }
}
