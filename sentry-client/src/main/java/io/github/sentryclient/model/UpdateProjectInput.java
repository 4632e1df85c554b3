package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code updateProject}: the project settings to change; at least one. */
@Value.Immutable
public abstract class UpdateProjectInput {

    /** The project's current slug. */
    public abstract String projectSlug();

    /** A new name. */
    public abstract Optional<String> name();

    /** A new slug. */
    public abstract Optional<String> newSlug();

    /** A new platform. */
    public abstract Optional<String> platform();

    /** Bookmark it for the token's user, or not. */
    public abstract Optional<Boolean> isBookmarked();

    @Value.Check
    void check() {
        Validation.slug("projectSlug", projectSlug());
        name().ifPresent(name -> Validation.maxLength("name", name, Validation.MAX_NAME_LENGTH));
        newSlug().ifPresent(slug -> Validation.slug("newSlug", slug));
        platform().ifPresent(platform -> Validation.maxLength("platform", platform, 64));
        if (name().isEmpty() && newSlug().isEmpty() && platform().isEmpty() && isBookmarked().isEmpty()) {
            throw new IllegalArgumentException("an update must change at least one of name, newSlug, platform or"
                    + " isBookmarked");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateProjectInput}. */
    public static final class Builder extends ImmutableUpdateProjectInput.Builder {
    }
}
