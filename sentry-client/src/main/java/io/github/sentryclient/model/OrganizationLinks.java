package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an organization lives. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganizationLinks.class)
@JsonDeserialize(as = ImmutableOrganizationLinks.class)
public abstract class OrganizationLinks {

    /** The organization's own URL, such as {@code https://acme.sentry.io}. */
    public abstract Optional<String> organizationUrl();

    /** The data region's API host, such as {@code https://de.sentry.io}. */
    public abstract Optional<String> regionUrl();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link OrganizationLinks}. */
    public static final class Builder extends ImmutableOrganizationLinks.Builder {
    }
}
