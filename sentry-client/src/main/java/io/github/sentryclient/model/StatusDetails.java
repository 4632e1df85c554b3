package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When a status change applies: resolve in a release, in the next release or in a commit (with
 * {@link IssueStatus#RESOLVED}), or archive until a duration, count or user count is reached (with
 * {@link IssueStatus#IGNORED}). Validated with Sentry's limits: counts and durations positive, windows at most
 * {@value #MAX_WINDOW_MINUTES} minutes (one week), one release condition at most, release and archive conditions
 * never mixed.
 */
@Value.Immutable
public abstract class StatusDetails {

    /** Sentry's limit for {@link #ignoreWindow()} and {@link #ignoreUserWindow()}: one week in minutes. */
    public static final int MAX_WINDOW_MINUTES = 7 * 24 * 60;

    /** Resolve in this release version, or {@code latest}. */
    public abstract Optional<String> inRelease();

    /** Resolve in the next release; only {@code true} is meaningful. */
    public abstract Optional<Boolean> inNextRelease();

    /** Resolve in this commit. */
    public abstract Optional<CommitRef> inCommit();

    /** Archive for this many minutes. */
    public abstract OptionalInt ignoreDuration();

    /** Archive until this many more events occur (within {@link #ignoreWindow()} when set). */
    public abstract OptionalInt ignoreCount();

    /** The window of {@link #ignoreCount()}, in minutes (1 to 10080). */
    public abstract OptionalInt ignoreWindow();

    /** Archive until this many more users are affected (within {@link #ignoreUserWindow()} when set). */
    public abstract OptionalInt ignoreUserCount();

    /** The window of {@link #ignoreUserCount()}, in minutes (1 to 10080). */
    public abstract OptionalInt ignoreUserWindow();

    /** Whether this names a release, the next release or a commit. */
    boolean isReleaseCondition() {
        return inRelease().isPresent() || inNextRelease().isPresent() || inCommit().isPresent();
    }

    /** Whether this names a duration, a count or a user count. */
    boolean isArchiveCondition() {
        return ignoreDuration().isPresent() || ignoreCount().isPresent() || ignoreUserCount().isPresent()
                || ignoreWindow().isPresent() || ignoreUserWindow().isPresent();
    }

    @Value.Check
    void check() {
        inRelease().ifPresent(release -> Validation.notBlank("statusDetails.inRelease", release));
        if (inNextRelease().isPresent() && !inNextRelease().get()) {
            throw new IllegalArgumentException("statusDetails.inNextRelease must be true when set");
        }
        int releaseConditions = (inRelease().isPresent() ? 1 : 0) + (inNextRelease().isPresent() ? 1 : 0)
                + (inCommit().isPresent() ? 1 : 0);
        if (releaseConditions > 1) {
            throw new IllegalArgumentException("statusDetails must name at most one of inRelease, inNextRelease and"
                    + " inCommit");
        }
        if (isReleaseCondition() && isArchiveCondition()) {
            throw new IllegalArgumentException("statusDetails must not mix a release condition (inRelease,"
                    + " inNextRelease, inCommit) with an archive condition (ignoreDuration, ignoreCount,"
                    + " ignoreUserCount)");
        }
        if (!isReleaseCondition() && !isArchiveCondition()) {
            throw new IllegalArgumentException("statusDetails must set at least one condition");
        }
        positive("statusDetails.ignoreDuration", ignoreDuration());
        positive("statusDetails.ignoreCount", ignoreCount());
        positive("statusDetails.ignoreUserCount", ignoreUserCount());
        window("statusDetails.ignoreWindow", ignoreWindow(), "statusDetails.ignoreCount", ignoreCount());
        window("statusDetails.ignoreUserWindow", ignoreUserWindow(), "statusDetails.ignoreUserCount",
                ignoreUserCount());
    }

    private static void positive(String field, OptionalInt value) {
        if (value.isPresent()) {
            Validation.range(field, value.getAsInt(), 1, Integer.MAX_VALUE);
        }
    }

    private static void window(String field, OptionalInt window, String countField, OptionalInt count) {
        if (window.isEmpty()) {
            return;
        }
        if (count.isEmpty()) {
            throw new IllegalArgumentException(field + " needs " + countField);
        }
        if (window.getAsInt() < 1 || window.getAsInt() > MAX_WINDOW_MINUTES) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_WINDOW_MINUTES
                    + " minutes (one week, Sentry's limit), got " + window.getAsInt());
        }
    }

    /** Resolve in {@code version}. */
    public static StatusDetails resolvedInRelease(String version) {
        return builder().inRelease(version).build();
    }

    /** Resolve in the next release. */
    public static StatusDetails resolvedInNextRelease() {
        return builder().inNextRelease(true).build();
    }

    /** Archive for {@code minutes}. */
    public static StatusDetails archivedForMinutes(int minutes) {
        return builder().ignoreDuration(minutes).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StatusDetails}. */
    public static final class Builder extends ImmutableStatusDetails.Builder {
    }
}
