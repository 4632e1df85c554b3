package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Input of {@code eventTimeseries}: an event search over time, such as errors per hour for a day. */
@Value.Immutable
public abstract class EventTimeseriesInput {

    /** The dataset. */
    public abstract EventDataset dataset();

    /** The functions to chart, such as {@code count()}; 1 to 20. */
    public abstract List<String> yAxis();

    /** Sentry's search syntax. */
    public abstract Optional<String> query();

    /** Fields to split the series by, such as {@code transaction}; with {@link #topEvents()}. */
    public abstract List<String> groupBy();

    /** How many groups to chart, 1 to 10, with {@link #groupBy()}. */
    public abstract OptionalInt topEvents();

    /** The order of the groups, such as {@code -count()}. */
    public abstract Optional<String> sort();

    /** Only these projects, by numeric id. */
    public abstract List<String> projects();

    /** Only these environments. */
    public abstract List<String> environments();

    /** A period back from now, such as {@code 24h}; or use {@link #start()} and {@link #end()}. */
    public abstract Optional<String> statsPeriod();

    /** The start of an absolute range. */
    public abstract Optional<Instant> start();

    /** The end of an absolute range. */
    public abstract Optional<Instant> end();

    /** The interval between values, such as an hour; sent to Sentry in whole seconds. */
    public abstract Optional<Duration> interval();

    @Value.Check
    void check() {
        if (yAxis().isEmpty() || yAxis().size() > SearchEventsInput.MAX_FIELDS) {
            throw new IllegalArgumentException("yAxis must name 1 to " + SearchEventsInput.MAX_FIELDS
                    + " functions, got " + yAxis().size());
        }
        Validation.eachNotBlank("yAxis", yAxis());
        Validation.eachNotBlank("groupBy", groupBy());
        topEvents().ifPresent(top -> Validation.range("topEvents", top, 1, 10));
        if (topEvents().isPresent() != !groupBy().isEmpty()) {
            throw new IllegalArgumentException("topEvents and groupBy go together: the groups to chart and how many");
        }
        query().ifPresent(query -> Validation.notBlank("query", query));
        projects().forEach(project -> Validation.numericId("projects", project));
        Validation.eachNotBlank("environments", environments());
        Validation.period(statsPeriod(), start(), end());
        interval().ifPresent(interval -> {
            if (interval.getSeconds() < 1 || interval.getNano() != 0) {
                throw new IllegalArgumentException("interval must be a positive number of whole seconds, got "
                        + interval);
            }
        });
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EventTimeseriesInput}. */
    public static final class Builder extends ImmutableEventTimeseriesInput.Builder {
    }
}
