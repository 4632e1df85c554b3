package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Sentry project, as nested in an issue or listed by {@code listProjects}. */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {

    /** The project's numeric id. */
    public abstract String id();

    /** The project's slug, as used in URLs and search. */
    public abstract String slug();

    /** The project's display name. */
    @Value.Default
    public String name() {
        return slug();
    }

    /** The project's platform, such as {@code python}. */
    public abstract Optional<String> platform();

    /** When the project was created; present in project lists. */
    public abstract Optional<Instant> dateCreated();

    /** Whether the token's user is a member of one of the project's teams; present in project lists. */
    public abstract Optional<Boolean> isMember();

    /** Whether the token can access the project; present in project lists. */
    public abstract Optional<Boolean> hasAccess();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Project}. */
    public static final class Builder extends ImmutableProject.Builder {
    }
}
