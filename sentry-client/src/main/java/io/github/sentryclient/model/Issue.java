package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Sentry issue (a group of similar events), as returned by the issue routes. */
@Value.Immutable
@JsonSerialize(as = ImmutableIssue.class)
@JsonDeserialize(as = ImmutableIssue.class)
public abstract class Issue {

    /** The numeric issue id, such as {@code "1234567"}. */
    public abstract String id();

    /** The short id shown in Sentry's UI, such as {@code "PROJ-1A"}. */
    @Value.Default
    public String shortId() {
        return "";
    }

    /** The issue's title. */
    @Value.Default
    public String title() {
        return "";
    }

    /** Where the issue happens, such as a function or URL; empty when Sentry has none. */
    @Value.Default
    public String culprit() {
        return "";
    }

    /** The link to the issue in Sentry's UI. */
    @Value.Default
    public String permalink() {
        return "";
    }

    /** The level, such as {@code error} or {@code warning}. */
    @Value.Default
    public String level() {
        return "";
    }

    /** The status; {@link IssueStatus#UNKNOWN} for values this version does not know. */
    @Value.Default
    public IssueStatus status() {
        return IssueStatus.UNKNOWN;
    }

    /** The substatus, when Sentry sends one. */
    public abstract Optional<IssueSubstatus> substatus();

    /** The priority, when Sentry sends one. */
    public abstract Optional<IssuePriority> priority();

    /** How many events the issue has (Sentry sends it as a string). */
    @Value.Default
    public long count() {
        return 0;
    }

    /** How many distinct users the issue affected. */
    @Value.Default
    public int userCount() {
        return 0;
    }

    /** When the first event was seen. */
    public abstract Instant firstSeen();

    /** When the latest event was seen. */
    public abstract Instant lastSeen();

    /** Who the issue is assigned to; empty when unassigned. */
    public abstract Optional<Actor> assignedTo();

    /** The project the issue belongs to. */
    public abstract Project project();

    /** The release the issue was first seen in; present when it is read on its own ({@code getIssue}). */
    public abstract Optional<Release> firstRelease();

    /** The release the issue was last seen in; present when it is read on its own ({@code getIssue}). */
    public abstract Optional<Release> lastRelease();

    /** The platform of the issue's events, such as {@code java}. */
    public abstract Optional<String> platform();

    /** How many comments the issue has. */
    @Value.Default
    public int numComments() {
        return 0;
    }

    /** Whether the issue is public (shared). */
    @Value.Default
    public boolean isPublic() {
        return false;
    }

    /** Whether the requesting user bookmarked the issue. */
    @Value.Default
    public boolean isBookmarked() {
        return false;
    }

    /** Whether the requesting user is subscribed to the issue. */
    @Value.Default
    public boolean isSubscribed() {
        return false;
    }

    /** Whether the requesting user has seen the issue. */
    @Value.Default
    public boolean hasSeen() {
        return false;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Issue}. */
    public static final class Builder extends ImmutableIssue.Builder {
    }
}
