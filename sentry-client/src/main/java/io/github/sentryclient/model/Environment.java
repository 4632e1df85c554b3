package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An environment events were sent from, such as {@code production}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvironment.class)
@JsonDeserialize(as = ImmutableEnvironment.class)
public abstract class Environment {

    /** The environment's id. */
    public abstract String id();

    /** The environment's name, as events name it. */
    public abstract String name();

    /** Whether it is hidden in Sentry's environment pickers; present in a project's environments. */
    public abstract Optional<Boolean> isHidden();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Environment}. */
    public static final class Builder extends ImmutableEnvironment.Builder {
    }
}
