package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A fingerprint hash grouped into an issue, with the latest event that produced it. */
@Value.Immutable
@JsonSerialize(as = ImmutableIssueHash.class)
@JsonDeserialize(as = ImmutableIssueHash.class)
public abstract class IssueHash {

    /** The hash. */
    public abstract String id();

    /** The latest event with this hash. */
    public abstract Optional<Event> latestEvent();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link IssueHash}. */
    public static final class Builder extends ImmutableIssueHash.Builder {
    }
}
