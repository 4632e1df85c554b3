package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code updateRelease}: the fields to change; at least one. */
@Value.Immutable
public abstract class UpdateReleaseInput {

    /** The release's version. */
    public abstract String version();

    /** A new commit reference. */
    public abstract Optional<String> ref();

    /** A new URL. */
    public abstract Optional<String> url();

    /** When the release went live. */
    public abstract Optional<Instant> dateReleased();

    /** The repositories' head commits, from which Sentry reads the release's commits. */
    public abstract List<ReleaseRef> refs();

    @Value.Check
    void check() {
        Validation.releaseVersion("version", version());
        ref().ifPresent(ref -> Validation.maxLength("ref", ref, Validation.MAX_VERSION_LENGTH));
        url().ifPresent(url -> Validation.url("url", url));
        if (ref().isEmpty() && url().isEmpty() && dateReleased().isEmpty() && refs().isEmpty()) {
            throw new IllegalArgumentException("an update must change at least one of ref, url, dateReleased or"
                    + " refs");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateReleaseInput}. */
    public static final class Builder extends ImmutableUpdateReleaseInput.Builder {
    }
}
