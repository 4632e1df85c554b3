package io.github.sentryclient.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of an event search: its rows, each field's type and unit as Sentry's {@code meta} gives them, and the
 * cursor of the next page.
 */
@Value.Immutable
public abstract class EventSearchResult {

    /** The rows, in Sentry's order. */
    public abstract List<EventRow> rows();

    /** Each field's type, such as {@code integer}, {@code number}, {@code string}, {@code date}, {@code duration}. */
    public abstract Map<String, String> fieldTypes();

    /** Each field's unit where it has one, such as {@code millisecond} or {@code byte}. */
    public abstract Map<String, String> fieldUnits();

    /** The cursor of the next page, when Sentry has more rows; pass it to {@link SearchEventsInput#cursor()}. */
    public abstract Optional<String> nextCursor();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EventSearchResult}. */
    public static final class Builder extends ImmutableEventSearchResult.Builder {
    }
}
