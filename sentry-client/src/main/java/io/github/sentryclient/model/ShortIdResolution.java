package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What a short id such as {@code PROJ-1A} stands for: the issue and its project. */
@Value.Immutable
@JsonSerialize(as = ImmutableShortIdResolution.class)
@JsonDeserialize(as = ImmutableShortIdResolution.class)
public abstract class ShortIdResolution {

    /** The short id, as Sentry spells it. */
    public abstract String shortId();

    /** The numeric issue id. */
    @JsonProperty("groupId")
    public abstract String issueId();

    /** The organization slug. */
    public abstract String organizationSlug();

    /** The project slug. */
    public abstract String projectSlug();

    /** The issue. */
    @JsonProperty("group")
    public abstract Issue issue();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ShortIdResolution}. */
    public static final class Builder extends ImmutableShortIdResolution.Builder {
    }
}
