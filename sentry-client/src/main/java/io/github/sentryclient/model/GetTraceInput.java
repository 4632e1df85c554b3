package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Input of {@code getTrace} and {@code getTraceMeta}: the trace, and how far back to look for it. */
@Value.Immutable
public abstract class GetTraceInput {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{32}");

    /** The trace id: 32 hex digits, as in an event's {@code trace} context. */
    public abstract String traceId();

    /** How far back the trace may lie, such as {@code 14d}; unset, Sentry's default. */
    public abstract Optional<String> statsPeriod();

    @Value.Check
    void check() {
        if (!TRACE_ID.matcher(traceId()).matches()) {
            throw new IllegalArgumentException("traceId must be 32 hex digits, got '" + traceId() + "'");
        }
        Validation.period(statsPeriod(), Optional.empty(), Optional.empty());
    }

    /** The trace {@code traceId}, in Sentry's default period. */
    public static GetTraceInput of(String traceId) {
        return builder().traceId(traceId).build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GetTraceInput}. */
    public static final class Builder extends ImmutableGetTraceInput.Builder {
    }
}
