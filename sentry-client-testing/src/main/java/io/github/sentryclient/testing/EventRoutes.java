package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Issue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** An issue's event routes: its events (summaries or full), one event by name or id, and its hashes. */
final class EventRoutes {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private EventRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(IssueRoutes.ISSUE + "events/", EventRoutes::listEvents),
                Route.get(IssueRoutes.ISSUE + "events/{eventId}/", EventRoutes::getEvent),
                Route.get(IssueRoutes.ISSUE + "hashes/", EventRoutes::listHashes));
    }

    private static FakeResponse listEvents(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        DateRange.check(request);
        boolean full = request.queryParam("full").map(value -> value.equals("true") || value.equals("1"))
                .orElse(false);
        List<String> environments = request.queryParams("environment");
        List<ObjectNode> events = new ArrayList<>();
        for (int i = record.events().size() - 1; i >= 0; i--) {
            FakeState.Event event = record.events().get(i);
            if (environments.isEmpty() || environments.contains(event.tags().get("environment"))) {
                events.add(event(record, event, full));
            }
        }
        return Pages.page(request, events);
    }

    private static FakeResponse getEvent(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        String which = request.pathParam("eventId");
        List<FakeState.Event> events = record.events();
        Optional<FakeState.Event> event = switch (which) {
            case "latest", "recommended" -> events.isEmpty() ? Optional.empty()
                    : Optional.of(events.get(events.size() - 1));
            case "oldest" -> events.stream().findFirst();
            default -> EVENT_ID.matcher(which).matches()
                    ? events.stream().filter(e -> e.id().equalsIgnoreCase(which)).findFirst() : Optional.empty();
        };
        return event.map(found -> FakeResponse.json(200, eventDetail(record, found)))
                .orElseGet(() -> FakeResponse.detail(404, "Event not found"));
    }

    private static FakeResponse listHashes(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        ObjectNode hash = FakeJson.mapper().createObjectNode();
        hash.put("id", md5(record.issue().id()));
        if (record.events().isEmpty()) {
            hash.putNull("latestEvent");
        } else {
            hash.set("latestEvent", eventDetail(record, record.events().get(record.events().size() - 1)));
        }
        hash.put("mergedBySeer", false);
        hash.putNull("seerMatchDistance");
        return Pages.page(request, List.of(hash));
    }

    /**
     * An event as the list shows it; {@code full} adds the body, as Sentry's {@code full=true} does. The short item
     * names the event's kind in {@code event.type}; a whole event, like Sentry's full serializer, in {@code type}.
     */
    private static ObjectNode event(FakeState.IssueRecord record, FakeState.Event event, boolean full) {
        ObjectNode json = eventSummary(record, event);
        json.put(full ? "type" : "event.type", "error");
        json.putNull("crashFile");
        if (full) {
            json.put("dateReceived", Bodies.date(event.dateCreated()));
            json.set("entries", entries(record.issue()));
            json.putObject("contexts");
        }
        return json;
    }

    /** An event as the event detail route returns it. */
    static ObjectNode eventDetail(FakeState.IssueRecord record, FakeState.Event event) {
        List<FakeState.Event> events = record.events();
        int index = events.indexOf(event);
        ObjectNode json = eventSummary(record, event);
        json.put("type", "error");
        json.put("dateReceived", Bodies.date(event.dateCreated()));
        json.set("entries", entries(record.issue()));
        json.putObject("contexts");
        json.putObject("context");
        json.putObject("_meta");
        json.putObject("packages");
        json.putArray("errors");
        json.putArray("resolvedWith");
        json.putArray("sdkUpdates");
        json.putNull("dist");
        json.putNull("release");
        json.putNull("sdk");
        json.putNull("occurrence");
        json.putNull("userReport");
        json.put("size", 1024);
        json.put("nextEventID", index + 1 < events.size() ? events.get(index + 1).id() : null);
        json.put("previousEventID", index > 0 ? events.get(index - 1).id() : null);
        return json;
    }

    private static ObjectNode eventSummary(FakeState.IssueRecord record, FakeState.Event event) {
        Issue issue = record.issue();
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", event.id());
        json.put("eventID", event.id());
        json.put("groupID", issue.id());
        json.put("projectID", issue.project().id());
        json.put("title", issue.title());
        json.put("message", "");
        json.put("culprit", issue.culprit());
        json.putNull("location");
        json.put("platform", issue.platform().orElse("other"));
        json.put("dateCreated", Bodies.date(event.dateCreated()));
        json.putNull("user");
        json.putArray("tags");
        event.tags().forEach((key, value) -> json.withArray("tags").addObject().put("key", key).put("value", value));
        json.putObject("metadata").put("title", issue.title());
        return json;
    }

    /**
     * The exception entry Sentry would have built the issue from: its title is {@code Type: value}, and its culprit
     * ({@code module in function}) names the top in-app frame.
     */
    private static JsonNode entries(Issue issue) {
        ObjectNode exception = FakeJson.mapper().createObjectNode();
        exception.put("type", "exception");
        int colon = issue.title().indexOf(": ");
        ObjectNode value = exception.putObject("data").withArray("values").addObject()
                .put("type", colon > 0 ? issue.title().substring(0, colon) : "Error")
                .put("value", colon > 0 ? issue.title().substring(colon + 2) : issue.title());
        int in = issue.culprit().indexOf(" in ");
        if (in > 0) {
            value.putObject("stacktrace").withArray("frames").addObject()
                    .put("module", issue.culprit().substring(0, in))
                    .put("function", issue.culprit().substring(in + 4))
                    .put("inApp", true);
        }
        return FakeJson.mapper().createArrayNode().add(exception);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
