package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A Sentry user, such as the author of a comment. */
@Value.Immutable
@JsonSerialize(as = ImmutableUser.class)
@JsonDeserialize(as = ImmutableUser.class)
public abstract class User {

    /** The user's id. */
    public abstract String id();

    /** The user's display name. */
    @Value.Default
    public String name() {
        return "";
    }

    /** The user's e-mail, when visible to the token. */
    public abstract Optional<String> email();

    /** The user's username, when visible to the token. */
    public abstract Optional<String> username();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link User}. */
    public static final class Builder extends ImmutableUser.Builder {
    }
}
