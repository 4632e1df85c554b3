package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A release of the organization: a version of the code, the projects it ships, its commits and deploys. Issues name
 * the releases they were first and last seen in ({@link Issue#firstRelease()}, {@link Issue#lastRelease()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelease.class)
@JsonDeserialize(as = ImmutableRelease.class)
public abstract class Release {

    /** The version, such as {@code backend@4.2.0} or a commit hash; the release's name in URLs and searches. */
    public abstract String version();

    /** The version as Sentry shortens it for display, such as {@code 4.2.0} or a short hash. */
    public abstract Optional<String> shortVersion();

    /** The release's numeric id. */
    public abstract Optional<String> id();

    /** {@code open} or {@code archived}. */
    public abstract Optional<String> status();

    /** The commit reference given at creation, such as a tag. */
    public abstract Optional<String> ref();

    /** A URL that points to the release, such as its page in a CI system. */
    public abstract Optional<String> url();

    /** When Sentry learned of the release. */
    public abstract Optional<Instant> dateCreated();

    /** When the release went live, if it was said. */
    public abstract Optional<Instant> dateReleased();

    /** When the release's first event was seen. */
    public abstract Optional<Instant> firstEvent();

    /** When the release's latest event was seen. */
    public abstract Optional<Instant> lastEvent();

    /** How many issues were first seen in this release. */
    @Value.Default
    public int newGroups() {
        return 0;
    }

    /** How many commits the release has. */
    @Value.Default
    public int commitCount() {
        return 0;
    }

    /** How many deploys the release has. */
    @Value.Default
    public int deployCount() {
        return 0;
    }

    /** The release's latest commit. */
    public abstract Optional<Commit> lastCommit();

    /** The release's latest deploy. */
    public abstract Optional<Deploy> lastDeploy();

    /** The projects the release ships; present in lists and single reads, absent in an issue's release summary. */
    public abstract List<Project> projects();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Release}. */
    public static final class Builder extends ImmutableRelease.Builder {
    }
}
