package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of {@code eventTimeseries}: one series per y-axis and group, each a list of timed values. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventTimeseries.class)
@JsonDeserialize(as = ImmutableEventTimeseries.class)
public abstract class EventTimeseries {

    /** The series, one per y-axis (and per group with {@code groupBy}). */
    public abstract List<Series> timeSeries();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EventTimeseries}. */
    public static final class Builder extends ImmutableEventTimeseries.Builder {
    }

    /** One series: what it measures, for which group, and its values in time order. */
    @Value.Immutable
    @JsonSerialize(as = ImmutableSeries.class)
    @JsonDeserialize(as = ImmutableSeries.class)
    public abstract static class Series {

        /** The function measured, such as {@code count()}. */
        public abstract String yAxis();

        /** The values, oldest first. */
        public abstract List<Point> values();

        /** The group this series is for, with {@code groupBy}: field and value pairs. */
        public abstract List<Group> groupBy();

        /** The series' value type, unit and interval. */
        public abstract Optional<Meta> meta();
    }

    /** One value of a series. */
    @Value.Immutable
    @JsonSerialize(as = ImmutablePoint.class)
    @JsonDeserialize(as = ImmutablePoint.class)
    public abstract static class Point {

        /** The start of the interval, in milliseconds since the epoch. */
        public abstract long timestamp();

        /** The value; empty where Sentry has none. */
        public abstract Optional<Double> value();

        /** Whether the interval is still filling (the latest one). */
        @Value.Default
        public boolean incomplete() {
            return false;
        }
    }

    /** A field and value a series is grouped by. */
    @Value.Immutable
    @JsonSerialize(as = ImmutableGroup.class)
    @JsonDeserialize(as = ImmutableGroup.class)
    public abstract static class Group {

        /** The field, such as {@code transaction}. */
        public abstract String key();

        /** Its value for this series. */
        public abstract Optional<String> value();
    }

    /** A series' value type (such as {@code integer}), unit and interval in seconds. */
    @Value.Immutable
    @JsonSerialize(as = ImmutableMeta.class)
    @JsonDeserialize(as = ImmutableMeta.class)
    public abstract static class Meta {

        /** The value type, such as {@code integer} or {@code duration}. */
        public abstract Optional<String> valueType();

        /** The unit, such as {@code millisecond}. */
        public abstract Optional<String> valueUnit();

        /** The interval between values, in seconds. */
        public abstract Optional<Long> interval();
    }
}
