package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A repository's head commit for a release, from which Sentry reads the release's commits (the repository must be
 * connected to the organization): {@code refs} of a release's creation or update.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseRef.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReleaseRef {

    /** The repository's name in Sentry, such as {@code acme/backend}. */
    public abstract String repository();

    /** The release's head commit in it. */
    public abstract String commit();

    /** The previous release's head commit, where Sentry starts reading. */
    public abstract Optional<String> previousCommit();

    @Value.Check
    void check() {
        Validation.maxLength("repository", repository(), Validation.MAX_VERSION_LENGTH);
        Validation.maxLength("commit", commit(), 64);
        previousCommit().ifPresent(previous -> Validation.maxLength("previousCommit", previous, 64));
    }

    /** A ref of {@code repository} at {@code commit}. */
    public static ReleaseRef of(String repository, String commit) {
        return builder().repository(repository).commit(commit).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReleaseRef}. */
    public static final class Builder extends ImmutableReleaseRef.Builder {
    }
}
