package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The author of a commit: a Sentry user when the e-mail matches one, else the name and e-mail of the commit. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitAuthor.class)
@JsonDeserialize(as = ImmutableCommitAuthor.class)
public abstract class CommitAuthor {

    /** The author's name. */
    public abstract Optional<String> name();

    /** The author's e-mail. */
    public abstract Optional<String> email();

    /** The Sentry user's id, when the author is one. */
    public abstract Optional<String> id();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommitAuthor}. */
    public static final class Builder extends ImmutableCommitAuthor.Builder {
    }
}
