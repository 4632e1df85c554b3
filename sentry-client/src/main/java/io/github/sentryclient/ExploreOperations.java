package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.internal.api.EventsBody;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.model.EventRow;
import io.github.sentryclient.model.EventSearchResult;
import io.github.sentryclient.model.EventTimeseries;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.model.TraceMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Sentry's Explore: event search over a dataset, and traces. */
final class ExploreOperations {

    static final String SEARCH_EVENTS = "searchEvents";
    static final String GET_TRACE = "getTrace";
    static final String GET_TRACE_META = "getTraceMeta";

    private final ClientApi client;

    ExploreOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<EventSearchResult>> search(SearchEventsInput input) {
        return Operation.call(SEARCH_EVENTS, "", () -> client.api().searchEvents(input.dataset().value(),
                input.fields(), input.query().orElse(null), input.sort().orElse(null), nullIfEmpty(input.projects()),
                nullIfEmpty(input.environments()), input.statsPeriod().orElse(null),
                input.start().map(Instant::toString).orElse(null), input.end().map(Instant::toString).orElse(null),
                input.perPage().isPresent() ? input.perPage().getAsInt() : null, input.cursor().orElse(null)),
                reply -> result(input, reply));
    }

    Operation<SentryResponse<TraceMeta>> traceMeta(GetTraceInput input) {
        return Operation.call(GET_TRACE_META, input.traceId(), () -> client.api().getTraceMeta(input.traceId(),
                input.statsPeriod().orElse(null)), reply -> {
                    TraceMeta meta = reply.requireBody();
                    return reply.respond("Trace " + input.traceId() + ": " + meta.spansCount() + " spans, "
                            + meta.errorsCount() + " errors, " + meta.performanceIssuesCount()
                            + " performance issues", meta);
                });
    }

    Operation<SentryResponse<List<TraceItem>>> trace(GetTraceInput input) {
        return Operation.call(GET_TRACE, input.traceId(), () -> client.api().getTrace(input.traceId(),
                input.statsPeriod().orElse(null)), reply -> {
                    List<TraceItem> roots = reply.requireBody().stream().filter(Objects::nonNull).toList();
                    return reply.respond("Trace " + input.traceId() + ": " + roots.size() + " root items", roots);
                });
    }

    private static SentryResponse<EventSearchResult> result(SearchEventsInput input, Reply<EventsBody> reply) {
        EventsBody body = reply.requireBody();
        EventSearchResult.Builder result = EventSearchResult.builder();
        for (Map<String, JsonNode> row : body.data() == null
                ? List.<Map<String, JsonNode>>of() : body.data()) {
            if (row != null) {
                result.addRows(EventRow.of(row));
            }
        }
        if (body.meta() != null) {
            result.putAllFieldTypes(withoutNulls(body.meta().fields()));
            result.putAllFieldUnits(withoutNulls(body.meta().units()));
        }
        LinkHeader.nextCursor(reply.headers().get("Link")).filter(next -> !input.cursor().map(next::equals)
                .orElse(false)).ifPresent(result::nextCursor);
        EventSearchResult page = result.build();
        return reply.respond("Found " + page.rows().size() + " rows of " + input.dataset().value()
                + (page.nextCursor().isPresent() ? " (more on the next page)" : ""), page);
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null) {
                    kept.put(key, value);
                }
            });
        }
        return kept;
    }

    private static List<String> nullIfEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    Operation<SentryResponse<EventTimeseries>> timeseries(EventTimeseriesInput input) {
        return Operation.call("eventTimeseries", "", () -> client.api().eventTimeseries(input.dataset().value(),
                input.yAxis(), input.query().orElse(null), nullIfEmpty(input.groupBy()),
                input.topEvents().isPresent() ? input.topEvents().getAsInt() : null, input.sort().orElse(null),
                nullIfEmpty(input.projects()), nullIfEmpty(input.environments()), input.statsPeriod().orElse(null),
                input.start().map(Instant::toString).orElse(null), input.end().map(Instant::toString).orElse(null),
                input.interval().map(Duration::getSeconds).orElse(null)), reply -> {
                    EventTimeseries series = reply.requireBody();
                    return reply.respond("Charted " + series.timeSeries().size() + " series of "
                            + input.dataset().value(), series);
                });
    }
}
