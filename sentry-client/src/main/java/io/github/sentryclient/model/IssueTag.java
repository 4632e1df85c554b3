package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A tag key on an issue's events, with its most frequent values. */
@Value.Immutable
@JsonSerialize(as = ImmutableIssueTag.class)
@JsonDeserialize(as = ImmutableIssueTag.class)
public abstract class IssueTag {

    /** The tag key, such as {@code browser}. */
    public abstract String key();

    /** The display name of the key. */
    @Value.Default
    public String name() {
        return key();
    }

    /** How many events carry the key. */
    @Value.Default
    public long totalValues() {
        return 0;
    }

    /** How many distinct values the key has, when Sentry reports it. */
    public abstract OptionalLong uniqueValues();

    /** The most frequent values, most frequent first. */
    public abstract List<TagValue> topValues();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link IssueTag}. */
    public static final class Builder extends ImmutableIssueTag.Builder {
    }
}
