package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The user an event was captured for, as the SDK reported them. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventUser.class)
@JsonDeserialize(as = ImmutableEventUser.class)
public abstract class EventUser {

    /** The id the application gave the user. */
    public abstract Optional<String> id();

    /** The e-mail. */
    public abstract Optional<String> email();

    /** The username. */
    public abstract Optional<String> username();

    /** The display name. */
    public abstract Optional<String> name();

    /** The IP address. */
    @JsonProperty("ip_address")
    public abstract Optional<String> ipAddress();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link EventUser}. */
    public static final class Builder extends ImmutableEventUser.Builder {
    }
}
