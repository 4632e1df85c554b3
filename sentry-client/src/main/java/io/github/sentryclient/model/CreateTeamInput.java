package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code createTeam}: a new team's slug and, optionally, its name. */
@Value.Immutable
public abstract class CreateTeamInput {

    /** The slug: lower-case letters, digits, {@code -} and {@code _}. */
    public abstract String slug();

    /** The display name; unset, the slug. */
    public abstract Optional<String> name();

    @Value.Check
    void check() {
        Validation.slug("slug", slug());
        name().ifPresent(name -> Validation.maxLength("name", name, Validation.MAX_NAME_LENGTH));
    }

    /** A team with this slug. */
    public static CreateTeamInput of(String slug) {
        return builder().slug(slug).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateTeamInput}. */
    public static final class Builder extends ImmutableCreateTeamInput.Builder {
    }
}
