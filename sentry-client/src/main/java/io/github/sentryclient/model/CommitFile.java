package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A file a commit of a release changed. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitFile.class)
@JsonDeserialize(as = ImmutableCommitFile.class)
public abstract class CommitFile {

    /** The file's path in its repository. */
    public abstract String filename();

    /** How it changed: {@code A} added, {@code M} modified, {@code D} deleted. */
    public abstract Optional<String> type();

    /** The message of the commit that changed it. */
    public abstract Optional<String> commitMessage();

    /** The repository's name. */
    public abstract Optional<String> repoName();

    /** The author of the commit. */
    public abstract Optional<CommitAuthor> author();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommitFile}. */
    public static final class Builder extends ImmutableCommitFile.Builder {
    }
}
