package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A member of the organization, or a pending invitation (then without {@link #user()}). */
@Value.Immutable
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public abstract class Member {

    /** The membership id (not the user id). */
    public abstract String id();

    /** The e-mail the member was invited with. */
    @Value.Default
    public String email() {
        return "";
    }

    /** The display name. */
    @Value.Default
    public String name() {
        return "";
    }

    /** The organization role, such as {@code member}, {@code admin} or {@code owner}. */
    public abstract Optional<String> orgRole();

    /** Whether the invitation is not accepted yet. */
    @Value.Default
    public boolean pending() {
        return false;
    }

    /** Whether the invitation expired. */
    @Value.Default
    public boolean expired() {
        return false;
    }

    /** The user, once the invitation is accepted. */
    public abstract Optional<User> user();

    /** When the membership was created. */
    public abstract Optional<Instant> dateCreated();

    /** The value to assign issues to this member ({@code user:ID}); empty for pending invitations. */
    public Optional<String> assignee() {
        return user().map(user -> "user:" + user.id());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Member}. */
    public static final class Builder extends ImmutableMember.Builder {
    }
}
