package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Input of {@code searchEvents}: Sentry's Explore and Discover query ({@code GET .../events/}) over one dataset,
 * such as the error count per issue over a day.
 *
 * <pre>{@code
 * SearchEventsInput.builder().dataset(EventDataset.ERRORS)
 *         .addFields("issue", "title", "count()").query("level:error").sort("-count()")
 *         .statsPeriod("24h").build();
 * }</pre>
 */
@Value.Immutable
public abstract class SearchEventsInput {

    /** Sentry's most fields per query. */
    public static final int MAX_FIELDS = 20;

    /** The dataset the fields and the query belong to. */
    public abstract EventDataset dataset();

    /** The fields, functions ({@code count()}, {@code p95(span.duration)}) or equations to return; 1 to 20. */
    public abstract List<String> fields();

    /** Sentry's search syntax, such as {@code level:error release:4.2.0}. */
    public abstract Optional<String> query();

    /** A field to order by, {@code -} first for descending; it must be one of {@link #fields()}. */
    public abstract Optional<String> sort();

    /** Only these projects, by numeric id. */
    public abstract List<String> projects();

    /** Only these environments. */
    public abstract List<String> environments();

    /** A period back from now, such as {@code 24h}, {@code 14d}; or use {@link #start()} and {@link #end()}. */
    public abstract Optional<String> statsPeriod();

    /** The start of an absolute range. */
    public abstract Optional<Instant> start();

    /** The end of an absolute range. */
    public abstract Optional<Instant> end();

    /** Rows per page, 1 to 100 (Sentry's default and maximum 100). */
    public abstract OptionalInt perPage();

    /** The cursor of the page to read, from {@link EventSearchResult#nextCursor()}; unset for the first. */
    public abstract Optional<String> cursor();

    @Value.Check
    void check() {
        if (fields().isEmpty() || fields().size() > MAX_FIELDS) {
            throw new IllegalArgumentException("fields must name 1 to " + MAX_FIELDS + " fields (Sentry's limit),"
                    + " got " + fields().size());
        }
        Validation.eachNotBlank("fields", fields());
        query().ifPresent(query -> Validation.notBlank("query", query));
        sort().ifPresent(sort -> {
            String field = sort.startsWith("-") ? sort.substring(1) : sort;
            if (!fields().contains(field) || field.startsWith("equation|")) {
                throw new IllegalArgumentException("sort must be one of fields (not an equation), '-' first for"
                        + " descending, got '" + sort + "'");
            }
        });
        projects().forEach(project -> Validation.numericId("projects", project));
        Validation.eachNotBlank("environments", environments());
        Validation.period(statsPeriod(), start(), end());
        perPage().ifPresent(perPage -> Validation.range("perPage", perPage, 1, Validation.MAX_PAGE_SIZE));
        cursor().ifPresent(cursor -> Validation.cursor("cursor", cursor));
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SearchEventsInput}. */
    public static final class Builder extends ImmutableSearchEventsInput.Builder {
    }
}
