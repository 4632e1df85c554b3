package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What Sentry applied in a bulk update: the changed fields only (the delta), or nothing when no issue matched. */
@Value.Immutable
@JsonSerialize(as = ImmutableBulkUpdateResult.class)
@JsonDeserialize(as = ImmutableBulkUpdateResult.class)
public abstract class BulkUpdateResult {

    /** False when no issue matched the ids (Sentry answered 204 and changed nothing). */
    @Value.Default
    public boolean matched() {
        return true;
    }

    /** The status set, when the update changed it. */
    public abstract Optional<IssueStatus> status();

    /** The substatus set, when the update changed it. */
    public abstract Optional<IssueSubstatus> substatus();

    /** The status details Sentry applied, as Sentry returned them. */
    public abstract Optional<JsonNode> statusDetails();

    /** The priority set, when the update changed it. */
    public abstract Optional<IssuePriority> priority();

    /** The new assignee, when the update assigned the issues. */
    public abstract Optional<Actor> assignedTo();

    /** The bookmark flag set, when the update changed it. */
    public abstract Optional<Boolean> isBookmarked();

    /** The seen flag set, when the update changed it. */
    public abstract Optional<Boolean> hasSeen();

    /** The subscription flag set, when the update changed it. */
    public abstract Optional<Boolean> isSubscribed();

    /** The sharing flag set, when the update changed it. */
    public abstract Optional<Boolean> isPublic();

    /** The public share id, when the update shared the issues. */
    public abstract Optional<String> shareId();

    /**
     * The ids the change was sent for: those the client found as issues the token can see, just before the change.
     * Empty in a body read from Sentry.
     */
    @JsonIgnore
    public abstract List<String> issueIds();

    /** The ids that named no issue the token can see: nothing was sent for them. */
    @JsonIgnore
    public abstract List<String> unmatchedIds();

    /**
     * What each request of the change applied, in order: one per project and 1000 ids, each with its
     * {@link #issueIds()}; empty when nothing was sent. The fields above are the last applied request's.
     */
    @JsonIgnore
    public abstract List<BulkUpdateResult> chunks();

    /** A result for a bulk update that matched no issue. */
    public static BulkUpdateResult nothingMatched() {
        return builder().matched(false).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BulkUpdateResult}. */
    public static final class Builder extends ImmutableBulkUpdateResult.Builder {
    }
}
