package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A team of the organization: who owns which projects, and whom issues can be assigned to ({@code team:ID}). */
@Value.Immutable
@JsonSerialize(as = ImmutableTeam.class)
@JsonDeserialize(as = ImmutableTeam.class)
public abstract class Team {

    /** The team's numeric id. */
    public abstract String id();

    /** The team's slug, as used in URLs and in {@code assigned:#slug} searches. */
    public abstract String slug();

    /** The team's display name. */
    @Value.Default
    public String name() {
        return slug();
    }

    /** When the team was created. */
    public abstract Optional<Instant> dateCreated();

    /** Whether the token's user is a member. */
    @Value.Default
    public boolean isMember() {
        return false;
    }

    /** How many members the team has. */
    @Value.Default
    public int memberCount() {
        return 0;
    }

    /** The value to assign issues to this team, {@code team:ID}. */
    public String assignee() {
        return "team:" + id();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Team}. */
    public static final class Builder extends ImmutableTeam.Builder {
    }
}
