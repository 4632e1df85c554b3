package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code createDeploy}: a deploy of a release to an environment. */
@Value.Immutable
public abstract class CreateDeployInput {

    /** Sentry's longest environment and deploy name. */
    public static final int MAX_NAME_LENGTH = 64;

    /** The release's version. */
    public abstract String version();

    /** The environment deployed to, such as {@code production}; at most 64 characters. */
    public abstract String environment();

    /** The deploy's name; at most 64 characters. */
    public abstract Optional<String> name();

    /** A URL that points to the deploy. */
    public abstract Optional<String> url();

    /** When the deploy started. */
    public abstract Optional<Instant> dateStarted();

    /** When it finished; unset, the time Sentry records it. */
    public abstract Optional<Instant> dateFinished();

    /** The slugs of the projects deployed; unset, all of the release's. */
    public abstract List<String> projects();

    @Value.Check
    void check() {
        Validation.releaseVersion("version", version());
        Validation.maxLength("environment", environment(), MAX_NAME_LENGTH);
        name().ifPresent(name -> Validation.maxLength("name", name, MAX_NAME_LENGTH));
        url().ifPresent(url -> Validation.url("url", url));
        projects().forEach(project -> Validation.slug("projects", project));
        if (dateStarted().isPresent() && dateFinished().isPresent()
                && dateFinished().get().isBefore(dateStarted().get())) {
            throw new IllegalArgumentException("dateFinished must not be before dateStarted");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateDeployInput}. */
    public static final class Builder extends ImmutableCreateDeployInput.Builder {
    }
}
