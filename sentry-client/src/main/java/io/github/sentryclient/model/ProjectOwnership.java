package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A project's ownership rules: who owns which paths, URLs and tags, and so who issues are assigned or suggested to. */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectOwnership.class)
@JsonDeserialize(as = ImmutableProjectOwnership.class)
public abstract class ProjectOwnership {

    /** The rules as written, one per line, such as {@code path:src/payments/* #payments}. */
    public abstract Optional<String> raw();

    /** Whether issues no rule matches go to everyone (all project members). */
    @Value.Default
    public boolean fallthrough() {
        return true;
    }

    /** How owners become assignees: {@code Auto Assign to Issue Owner}, {@code Turn off Auto-Assignment}, ... */
    public abstract Optional<String> autoAssignment();

    /** Whether code owners files are synced into the rules. */
    @Value.Default
    public boolean codeownersAutoSync() {
        return false;
    }

    /** When the rules were last changed. */
    public abstract Optional<Instant> lastUpdated();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProjectOwnership}. */
    public static final class Builder extends ImmutableProjectOwnership.Builder {
    }
}
