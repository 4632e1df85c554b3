package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code createRelease}: a new release of one or more projects. */
@Value.Immutable
public abstract class CreateReleaseInput {

    /** The version, such as {@code backend@4.2.0} or a commit hash (Sentry's version rule applies). */
    public abstract String version();

    /** The slugs of the projects the release ships; at least one. */
    public abstract List<String> projects();

    /** A commit reference, such as the tag of the version. */
    public abstract Optional<String> ref();

    /** A URL that points to the release. */
    public abstract Optional<String> url();

    /** When the release went live; unset, Sentry takes the time of the first deploy. */
    public abstract Optional<Instant> dateReleased();

    /** The repositories' head commits, from which Sentry reads the release's commits. */
    public abstract List<ReleaseRef> refs();

    @Value.Check
    void check() {
        Validation.releaseVersion("version", version());
        if (projects().isEmpty()) {
            throw new IllegalArgumentException("projects must name at least one project slug");
        }
        projects().forEach(project -> Validation.slug("projects", project));
        ref().ifPresent(ref -> Validation.maxLength("ref", ref, Validation.MAX_VERSION_LENGTH));
        url().ifPresent(url -> Validation.url("url", url));
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateReleaseInput}. */
    public static final class Builder extends ImmutableCreateReleaseInput.Builder {
    }
}
