package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A code repository connected to the organization, from which Sentry reads releases' commits. */
@Value.Immutable
@JsonSerialize(as = ImmutableRepository.class)
@JsonDeserialize(as = ImmutableRepository.class)
public abstract class Repository {

    /** The repository's id in Sentry. */
    public abstract String id();

    /** Its name, such as {@code acme/backend}: the {@code repository} of a {@link ReleaseRef}. */
    public abstract String name();

    /** Its URL. */
    public abstract Optional<String> url();

    /** {@code active}, {@code disabled} or {@code pending_deletion}. */
    public abstract Optional<String> status();

    /** When it was connected. */
    public abstract Optional<Instant> dateCreated();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Repository}. */
    public static final class Builder extends ImmutableRepository.Builder {
    }
}
