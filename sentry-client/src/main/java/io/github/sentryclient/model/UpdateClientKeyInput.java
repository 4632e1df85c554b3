package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code updateClientKey}: rename a project's client key, or turn it off or on; at least one. */
@Value.Immutable
public abstract class UpdateClientKeyInput {

    /** The project's slug. */
    public abstract String projectSlug();

    /** The key's id. */
    public abstract String keyId();

    /** A new name. */
    public abstract Optional<String> name();

    /** Whether events sent with it are accepted. */
    public abstract Optional<Boolean> isActive();

    @Value.Check
    void check() {
        Validation.slug("projectSlug", projectSlug());
        Validation.keyId("keyId", keyId());
        name().ifPresent(name -> Validation.maxLength("name", name, Validation.MAX_NAME_LENGTH));
        if (name().isEmpty() && isActive().isEmpty()) {
            throw new IllegalArgumentException("an update must change name or isActive");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateClientKeyInput}. */
    public static final class Builder extends ImmutableUpdateClientKeyInput.Builder {
    }
}
