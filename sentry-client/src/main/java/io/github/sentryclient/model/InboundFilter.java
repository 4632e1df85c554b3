package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One of a project's inbound data filters, such as {@code localhost} or {@code web-crawlers}. */
@Value.Immutable
@JsonSerialize(as = ImmutableInboundFilter.class)
@JsonDeserialize(as = ImmutableInboundFilter.class)
public abstract class InboundFilter {

    /** The filter's id, such as {@code browser-extensions}. */
    public abstract String id();

    /** Whether it drops events; empty for a filter with sub-filters (such as legacy browsers). */
    public abstract Optional<Boolean> active();

    /** What it filters, as Sentry describes it. */
    public abstract Optional<String> description();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InboundFilter}. */
    public static final class Builder extends ImmutableInboundFilter.Builder {
    }
}
