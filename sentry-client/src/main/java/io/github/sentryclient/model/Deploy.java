package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A deploy of a release to an environment. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploy.class)
@JsonDeserialize(as = ImmutableDeploy.class)
public abstract class Deploy {

    /** The deploy's id. */
    public abstract String id();

    /** The environment deployed to, such as {@code production}. */
    public abstract String environment();

    /** The deploy's name, if it was given one. */
    public abstract Optional<String> name();

    /** A URL that points to the deploy. */
    public abstract Optional<String> url();

    /** When the deploy started, if it was said. */
    public abstract Optional<Instant> dateStarted();

    /** When the deploy finished (the time it was recorded, unless given). */
    public abstract Optional<Instant> dateFinished();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Deploy}. */
    public static final class Builder extends ImmutableDeploy.Builder {
    }
}
