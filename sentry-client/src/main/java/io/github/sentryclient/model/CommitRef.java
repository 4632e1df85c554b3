package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import org.immutables.value.Value;

/** A commit in a repository known to Sentry, to resolve an issue in. */
@Value.Immutable
public abstract class CommitRef {

    /** The commit's SHA. */
    public abstract String commit();

    /** The repository's name as Sentry knows it, such as {@code acme/web}. */
    public abstract String repository();

    @Value.Check
    void check() {
        Validation.notBlank("commit", commit());
        Validation.notBlank("repository", repository());
    }

    /** A commit of a repository. */
    public static CommitRef of(String commit, String repository) {
        return builder().commit(commit).repository(repository).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommitRef}. */
    public static final class Builder extends ImmutableCommitRef.Builder {
    }
}
