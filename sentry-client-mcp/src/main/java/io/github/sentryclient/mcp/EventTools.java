package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.Page;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.ListIssueEventsInput;
import java.util.List;
import java.util.Optional;

/** The tools on an issue's events. */
final class EventTools {

    /** Events returned when the caller does not say. */
    static final int DEFAULT_LIMIT = 10;

    private EventTools() {
    }

    static List<ToolDefinition<?>> all() {
        return List.of(
                new ToolDefinition<>("list_issue_events", "List an issue's events",
                        "Lists an issue's newest events (10 unless limit says otherwise, at most 100), each"
                                + " summarised with its exceptions, top frames and tags; filter by environment,"
                                + " period or an event search such as 'release:1.2.3'. One request.",
                        ListIssueEvents.class, EventList.class, Effect.READ, EventTools::list),
                new ToolDefinition<>("get_event", "Get an event",
                        "Reads one event of an issue, summarised: eventId is a 32-hex event id, or latest, oldest"
                                + " or recommended. One request.",
                        GetEvent.class, EventView.class, Effect.READ, EventTools::get));
    }

    /** Arguments of list_issue_events. */
    record ListIssueEvents(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            @JsonPropertyDescription("Environments, such as production") List<String> environments,
            @JsonPropertyDescription("A relative period such as 24h, 14d or 2w") String period,
            @JsonPropertyDescription("An event search, such as release:1.2.3") String query,
            @JsonPropertyDescription("Events to return, 1 to 100; 10 by default") Integer limit) {
    }

    /** Arguments of get_event. */
    record GetEvent(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            @JsonProperty(required = true)
            @JsonPropertyDescription("A 32-hex event id, or latest, oldest or recommended") String eventId) {
    }

    /** Result of list_issue_events. */
    record EventList(List<EventView> events,
            @JsonPropertyDescription("Whether the issue has more events than were returned") boolean more) {
    }

    static ToolOutput list(SentryClient client, ListIssueEvents args) {
        int limit = Optional.ofNullable(args.limit()).orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100, got " + limit);
        }
        ListIssueEventsInput.Builder input = ListIssueEventsInput.builder().issueId(args.issueId()).full(true);
        Optional.ofNullable(args.environments()).ifPresent(input::addAllEnvironments);
        Optional.ofNullable(args.period()).ifPresent(input::statsPeriod);
        Optional.ofNullable(args.query()).ifPresent(input::query);
        Page<Event> page = client.listIssueEvents(input.build());
        List<EventView> events = page.items().stream().limit(limit).map(EventView::of).toList();
        boolean more = page.items().size() > limit || page.hasNextPage();
        StringBuilder text = new StringBuilder("Events of issue " + args.issueId() + ": " + events.size()
                + (more ? " (more exist)" : "") + "\n");
        events.forEach(event -> text.append('\n').append(event.markdown()).append('\n'));
        return new ToolOutput(text.toString().strip(), new EventList(events, more));
    }

    static ToolOutput get(SentryClient client, GetEvent args) {
        Event event = client.getIssueEvent(GetIssueEventInput.builder().issueId(args.issueId())
                .eventId(args.eventId()).build()).data();
        EventView view = EventView.of(event);
        return new ToolOutput(view.markdown(), view);
    }
}
