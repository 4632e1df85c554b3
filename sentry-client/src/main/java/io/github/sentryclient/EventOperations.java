package io.github.sentryclient;

import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.ListIssueEventsInput;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The event operations of an issue: list its events and read one. */
final class EventOperations {

    static final String LIST_ISSUE_EVENTS = "listIssueEvents";
    static final String GET_ISSUE_EVENT = "getIssueEvent";

    private final ClientApi client;

    EventOperations(ClientApi client) {
        this.client = client;
    }

    PageSource<Event> list(ListIssueEventsInput input) {
        return new PageSource<>(LIST_ISSUE_EVENTS, input.issueId(), (input.full() ? "full " : "") + "events of issue "
                + input.issueId(), cursor -> client.api().listIssueEvents(input.issueId(),
                        input.full() ? Boolean.TRUE : null, input.environments(), input.statsPeriod().orElse(null),
                        iso(input.start()), iso(input.end()), input.query().orElse(null), cursor));
    }

    Operation<SentryResponse<Event>> get(GetIssueEventInput input) {
        return Operation.call(GET_ISSUE_EVENT, input.issueId(),
                () -> client.api().getIssueEvent(input.issueId(), input.eventId().toLowerCase(Locale.ROOT)), reply -> {
                    Event event = reply.requireBody();
                    return reply.respond("Event " + event.id() + " (" + input.eventId() + " of issue "
                            + input.issueId() + "): " + event.title()
                            + event.dateCreated().map(date -> " at " + date).orElse(""), event);
                });
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
