package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code createProject}: a new project owned by a team. */
@Value.Immutable
public abstract class CreateProjectInput {

    /** The slug of the team that will own it. */
    public abstract String teamSlug();

    /** The project's name; at most 50 characters. */
    public abstract String name();

    /** Its slug; unset, Sentry derives one from the name. */
    public abstract Optional<String> slug();

    /** Its platform, such as {@code java} or {@code python}. */
    public abstract Optional<String> platform();

    @Value.Check
    void check() {
        Validation.slug("teamSlug", teamSlug());
        Validation.maxLength("name", name(), Validation.MAX_NAME_LENGTH);
        slug().ifPresent(slug -> Validation.slug("slug", slug));
        platform().ifPresent(platform -> Validation.maxLength("platform", platform, 64));
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateProjectInput}. */
    public static final class Builder extends ImmutableCreateProjectInput.Builder {
    }
}
