package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** What a trace holds, counted: errors, performance issues, spans and logs, and spans by operation. */
@Value.Immutable
@JsonSerialize(as = ImmutableTraceMeta.class)
@JsonDeserialize(as = ImmutableTraceMeta.class)
public abstract class TraceMeta {

    /** The error events in the trace. */
    @Value.Default
    public long errorsCount() {
        return 0;
    }

    /** The performance issues found in the trace. */
    @Value.Default
    public long performanceIssuesCount() {
        return 0;
    }

    /** The spans in the trace. */
    @Value.Default
    public long spansCount() {
        return 0;
    }

    /** The logs of the trace. */
    @Value.Default
    public long logsCount() {
        return 0;
    }

    /** Spans by operation, such as {@code db} or {@code http.server}. */
    public abstract Map<String, Long> spansCountMap();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TraceMeta}. */
    public static final class Builder extends ImmutableTraceMeta.Builder {
    }
}
