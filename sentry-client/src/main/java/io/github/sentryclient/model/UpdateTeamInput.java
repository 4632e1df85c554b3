package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code updateTeam}: a new slug or name for a team; at least one. */
@Value.Immutable
public abstract class UpdateTeamInput {

    /** The team's current slug. */
    public abstract String teamSlug();

    /** The new slug. */
    public abstract Optional<String> newSlug();

    /** The new name. */
    public abstract Optional<String> name();

    @Value.Check
    void check() {
        Validation.slug("teamSlug", teamSlug());
        newSlug().ifPresent(slug -> Validation.slug("newSlug", slug));
        name().ifPresent(name -> Validation.maxLength("name", name, Validation.MAX_NAME_LENGTH));
        if (newSlug().isEmpty() && name().isEmpty()) {
            throw new IllegalArgumentException("an update must change newSlug or name");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateTeamInput}. */
    public static final class Builder extends ImmutableUpdateTeamInput.Builder {
    }
}
