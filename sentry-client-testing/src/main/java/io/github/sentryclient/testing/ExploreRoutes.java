package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentry's Explore over the fake's error events: the event search ({@code GET .../events/}) on the {@code errors}
 * dataset, with {@code count()} grouped by the other fields, a small part of the search syntax, sort and cursor
 * pages in the {@code {"data": [...], "meta": {...}}} shape; and the trace routes, where a trace is the events
 * tagged {@code trace=<id>} (Sentry tags every error event with its trace).
 */
final class ExploreRoutes {

    private static final Set<String> DATASETS = Set.of("errors", "logs", "profile_functions", "spans",
            "tracemetrics", "uptime_results");
    /** The fields the fake can answer, with their types as Sentry's meta names them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("id", "string"),
            Map.entry("title", "string"), Map.entry("issue", "string"), Map.entry("issue.id", "integer"),
            Map.entry("project", "string"), Map.entry("timestamp", "date"), Map.entry("level", "string"),
            Map.entry("environment", "string"), Map.entry("release", "string"), Map.entry("trace", "string"),
            Map.entry("count()", "integer"));
    private static final int MAX_FIELDS = 20;
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private ExploreRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(OrganizationRoutes.ORG + "events/", ExploreRoutes::searchEvents),
                Route.get(OrganizationRoutes.ORG + "trace-meta/{traceId}/", ExploreRoutes::traceMeta),
                Route.get(OrganizationRoutes.ORG + "trace/{traceId}/", ExploreRoutes::trace),
                Route.get(OrganizationRoutes.ORG + "events-timeseries/", ExploreRoutes::timeseries));
    }

    private static FakeResponse searchEvents(FakeRequest request) {
        DateRange.check(request);
        List<String> fields = request.queryParams("field");
        if (fields.size() > MAX_FIELDS) {
            // OrganizationEventsEndpointBase (src/sentry/api/bases/organization_events.py).
            return FakeResponse.detail(400, "You can view up to " + MAX_FIELDS + " fields at a time. Please delete"
                    + " some and try again.");
        }
        // The two refusals below are the fake's own words: Sentry refuses both, in messages not checked here.
        if (fields.isEmpty()) {
            return FakeResponse.detail(400, "No columns selected");
        }
        String dataset = request.queryParam("dataset").orElse("errors");
        if (!DATASETS.contains(dataset)) {
            return FakeResponse.detail(400, "dataset must be one of: " + String.join(", ", new TreeSet<>(
                    DATASETS)));
        }
        for (String field : fields) {
            if (!FIELDS.containsKey(field)) {
                return FakeResponse.detail(400, "FakeSentry does not compute the field " + field + "; it knows "
                        + new TreeSet<>(FIELDS.keySet()));
            }
        }
        String sort = request.queryParam("sort").orElse(null);
        if (sort != null && !fields.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            return FakeResponse.detail(400, "Cannot sort by a field that is not selected.");
        }
        List<ObjectNode> rows = dataset.equals("errors") ? rows(request, fields) : List.of();
        if (sort != null) {
            String key = sort.startsWith("-") ? sort.substring(1) : sort;
            Comparator<ObjectNode> order = Comparator.comparing(row -> row.path(key).asText());
            if (FIELDS.get(key).equals("integer")) {
                order = Comparator.comparingLong(row -> row.path(key).asLong());
            }
            rows = new ArrayList<>(rows);
            rows.sort(sort.startsWith("-") ? order.reversed() : order);
        }
        ObjectNode meta = FakeJson.mapper().createObjectNode();
        ObjectNode types = meta.putObject("fields");
        ObjectNode units = meta.putObject("units");
        for (String field : fields) {
            types.put(field, FIELDS.get(field));
            units.putNull(field);
        }
        meta.put("isMetricsData", false);
        meta.put("isMetricsExtractedData", false);
        meta.putObject("tips");
        meta.put("datasetReason", "unchanged");
        meta.put("dataset", dataset);
        return Pages.envelope(request, rows, meta);
    }

    /**
     * The errors dataset over time: {@code count()} per interval ({@code interval}, an hour by default) over the
     * period, one series per y-axis; other functions and datasets are charted as zeros.
     */
    private static FakeResponse timeseries(FakeRequest request) {
        DateRange.check(request);
        List<String> yAxis = request.queryParams("yAxis").isEmpty() ? List.of("count()")
                : request.queryParams("yAxis");
        long interval = seconds(request.queryParam("interval").orElse("1h"));
        long period = seconds(request.queryParam("statsPeriod").orElse("24h"));
        long now = request.state().now().getEpochSecond();
        long first = (now - period) / interval * interval;
        boolean errors = "errors".equals(request.queryParam("dataset").orElse("errors"));
        String query = request.queryParam("query").orElse("");
        ObjectNode body = FakeJson.mapper().createObjectNode();
        ArrayNode series = body.putArray("timeSeries");
        for (String axis : yAxis) {
            ObjectNode one = series.addObject();
            one.put("yAxis", axis);
            ArrayNode values = one.putArray("values");
            for (long start = first; start <= now; start += interval) {
                long from = start;
                long count = !errors || !axis.equals("count()") ? 0 : request.state().issues().stream()
                        .flatMap(record -> record.events().stream().filter(event -> matches(values(record, event),
                                query))).filter(event -> {
                                    long at = event.dateCreated().getEpochSecond();
                                    return at >= from && at < from + interval;
                                }).count();
                values.addObject().put("timestamp", start * 1000).put("value", count)
                        .put("incomplete", start + interval > now);
            }
            one.putObject("meta").put("valueType", "integer").putNull("valueUnit").put("interval", interval);
        }
        body.putObject("meta").put("dataset", request.queryParam("dataset").orElse("errors"))
                .put("start", first * 1000).put("end", now * 1000);
        return FakeResponse.json(200, body);
    }

    /** Seconds of a period such as {@code 1h}, {@code 30m} or {@code 14d}. */
    private static long seconds(String period) {
        Matcher matcher = Pattern.compile("(\\d{1,9})([smhdw]?)").matcher(period);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid interval"));
        }
        long amount = Long.parseLong(matcher.group(1));
        return amount * switch (matcher.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            case "w" -> 604_800;
            default -> 1;
        };
    }

    /** The rows of the errors dataset: one per event, or, with {@code count()}, one per group of the others. */
    private static List<ObjectNode> rows(FakeRequest request, List<String> fields) {
        String query = request.queryParam("query").orElse("");
        List<String> projects = request.queryParams("project");
        List<String> environments = request.queryParams("environment");
        boolean aggregate = fields.contains("count()");
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        List<ObjectNode> rows = new ArrayList<>();
        for (FakeState.IssueRecord record : request.state().issues()) {
            if (!projects.isEmpty() && !projects.contains(record.issue().project().id())) {
                continue;
            }
            for (FakeState.Event event : record.events()) {
                Map<String, String> values = values(record, event);
                if (!environments.isEmpty() && !environments.contains(values.get("environment"))
                        || !matches(values, query)) {
                    continue;
                }
                ObjectNode row = FakeJson.mapper().createObjectNode();
                for (String field : fields) {
                    if (!field.equals("count()")) {
                        String value = values.get(field);
                        if (FIELDS.get(field).equals("integer") && value != null) {
                            row.put(field, Long.parseLong(value));
                        } else {
                            row.put(field, value);
                        }
                    }
                }
                if (aggregate) {
                    ObjectNode group = groups.computeIfAbsent(row.toString(), key -> row.put("count()", 0L));
                    group.put("count()", group.get("count()").asLong() + 1);
                } else {
                    rows.add(row);
                }
            }
        }
        return aggregate ? new ArrayList<>(groups.values()) : rows;
    }

    private static Map<String, String> values(FakeState.IssueRecord record, FakeState.Event event) {
        Map<String, String> values = new LinkedHashMap<>(event.tags());
        values.put("id", event.id());
        values.put("title", record.issue().title());
        values.put("issue", record.issue().shortId());
        values.put("issue.id", record.issue().id());
        values.put("project", record.issue().project().slug());
        values.put("timestamp", Bodies.date(event.dateCreated()));
        values.put("level", record.issue().level());
        return values;
    }

    /** {@code key:value} terms (tags and the fields above) and free text in the title; all must match. */
    private static boolean matches(Map<String, String> values, String query) {
        for (String term : query.trim().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            int colon = term.indexOf(':');
            if (colon < 0) {
                if (!values.get("title").toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            } else if (!term.substring(colon + 1).equals(values.get(term.substring(0, colon)))) {
                return false;
            }
        }
        return true;
    }

    private static FakeResponse traceMeta(FakeRequest request) {
        List<ObjectNode> errors = traceErrors(request);
        ObjectNode meta = FakeJson.mapper().createObjectNode();
        meta.put("errorsCount", errors.size());
        meta.put("logsCount", 0);
        meta.put("metricsCount", 0);
        meta.put("performanceIssuesCount", 0);
        meta.put("spansCount", 0);
        meta.putArray("transactionChildCountMap");
        meta.putObject("spansCountMap");
        return FakeResponse.json(200, meta);
    }

    /** A trace without spans: its errors, each at the root, as Sentry shows orphan errors. */
    private static FakeResponse trace(FakeRequest request) {
        ArrayNode items = FakeJson.mapper().createArrayNode();
        traceErrors(request).forEach(items::add);
        return FakeResponse.json(200, items);
    }

    private static List<ObjectNode> traceErrors(FakeRequest request) {
        String traceId = request.pathParam("traceId");
        if (!TRACE_ID.matcher(traceId).matches()) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid trace id"));
        }
        DateRange.check(request);
        List<ObjectNode> errors = new ArrayList<>();
        for (FakeState.IssueRecord record : request.state().issues()) {
            for (FakeState.Event event : record.events()) {
                if (traceId.equalsIgnoreCase(event.tags().get("trace"))) {
                    ObjectNode error = FakeJson.mapper().createObjectNode();
                    error.put("event_id", event.id());
                    error.put("event_type", "error");
                    error.put("issue_id", Long.parseLong(record.issue().id()));
                    error.put("project_id", Long.parseLong(record.issue().project().id()));
                    error.put("project_slug", record.issue().project().slug());
                    // An error's title is its description in the trace view; issue_type 1 is an error issue.
                    error.put("description", record.issue().title());
                    error.put("level", record.issue().level());
                    error.put("start_timestamp", event.dateCreated().toEpochMilli() / 1000.0);
                    error.put("end_timestamp", event.dateCreated().toEpochMilli() / 1000.0);
                    error.put("transaction", record.issue().culprit());
                    error.put("culprit", record.issue().culprit());
                    error.put("short_id", record.issue().shortId());
                    error.put("issue_type", 1);
                    errors.add(error);
                }
            }
        }
        return errors;
    }
}
