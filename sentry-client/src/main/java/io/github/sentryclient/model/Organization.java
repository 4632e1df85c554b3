package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Sentry organization. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
public abstract class Organization {

    /** The numeric id. */
    public abstract String id();

    /** The slug. */
    public abstract String slug();

    /** The display name. */
    @Value.Default
    public String name() {
        return slug();
    }

    /** When it was created. */
    public abstract Optional<Instant> dateCreated();

    /** Its URLs, including its data region. */
    public abstract Optional<OrganizationLinks> links();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Organization}. */
    public static final class Builder extends ImmutableOrganization.Builder {
    }
}
