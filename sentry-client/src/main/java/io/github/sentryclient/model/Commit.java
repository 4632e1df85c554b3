package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A commit of a release, as Sentry recorded it from the repository or the release's creation. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommit.class)
@JsonDeserialize(as = ImmutableCommit.class)
public abstract class Commit {

    /** The commit's hash. */
    public abstract String id();

    /** The commit message. */
    public abstract Optional<String> message();

    /** When the commit was made. */
    public abstract Optional<Instant> dateCreated();

    /** Who made it, when Sentry knows. */
    public abstract Optional<CommitAuthor> author();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Commit}. */
    public static final class Builder extends ImmutableCommit.Builder {
    }
}
