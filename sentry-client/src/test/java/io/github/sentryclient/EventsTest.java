package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventTag;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.support.SentryServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An issue's events and hashes: listing with filters and paging, reading one event. */
class EventsTest {

    private static final String BASE = "https://acme.sentry.io/api/0/organizations/acme/issues/4501/events/?";

    @Test
    void listsEventsWithTheFullFlagAndFilters() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/events.json", SentryServer.link(BASE, "0:0:1", false, "0:100:0", true));
            sentry.answerFixture(200, "breadth/events.json").answerFixture(200, "breadth/events.json");

            Page<Event> page = sentry.client().listIssueEvents(ListIssueEventsInput.builder().issueId("4501").build());
            sentry.client().listIssueEvents(ListIssueEventsInput.builder().issueId("4501").full(true)
                    .addEnvironments("production").statsPeriod("24h").query("release:checkout@2.14.1").build());
            sentry.client().async().listIssueEvents(ListIssueEventsInput.builder().issueId("4501")
                    .start(Instant.parse("2026-11-25T00:00:00Z")).end(Instant.parse("2026-11-26T00:00:00Z"))
                    .build()).get();

            Event latest = page.items().get(0);
            assertThat(latest.id()).isEqualTo("5f0c2ab1e4d94c7f9a3b6e2d1c0b9a88");
            assertThat(latest.issueId()).contains("4501");
            assertThat(latest.projectId()).contains("7");
            assertThat(latest.eventType()).contains("error");
            assertThat(latest.location()).contains("checkout/payments.py");
            assertThat(latest.user().get().ipAddress()).contains("203.0.113.7");
            assertThat(latest.user().get().username()).isEmpty();
            assertThat(latest.tags()).extracting(EventTag::key).containsExactly("environment", "release", "level");
            assertThat(latest.dateCreated()).contains(Instant.parse("2026-11-26T07:59:12Z"));
            assertThat(page.items().get(1).user()).isEmpty();
            assertThat(page.items().get(1).location()).isEmpty();
            assertThat(page.message()).isEqualTo("Listed 2 of 2 events of issue 4501; more on the next page");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/events/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/events/"
                    + "?full=true&environment=production&statsPeriod=24h&query=release%3Acheckout%402.14.1");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/events/"
                    + "?start=2026-11-25T00%3A00%3A00Z&end=2026-11-26T00%3A00%3A00Z");
        }
    }

    @Test
    void readsOneEventByNameOrId() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            for (int i = 0; i < 4; i++) {
                sentry.answerFixture(200, "breadth/event-latest.json");
            }

            SentryResponse<Event> latest = sentry.client().getIssueEvent(GetIssueEventInput.latest("CHECKOUT-2F"));
            sentry.client().getIssueEvent(GetIssueEventInput.oldest("4501"));
            sentry.client().async().getIssueEvent(GetIssueEventInput.recommended("4501")).get();
            sentry.client().getIssueEvent(GetIssueEventInput.builder().issueId("4501")
                    .eventId("5F0C2AB1E4D94C7F9A3B6E2D1C0B9A88").build());

            Event event = latest.data();
            assertThat(event.dateReceived()).contains(Instant.parse("2026-11-26T07:59:12.881204Z"));
            assertThat(event.entries().get().get(0).get("type").asText()).isEqualTo("exception");
            assertThat(event.contexts().get().get("runtime").get("name").asText()).isEqualTo("CPython");
            // A whole event names its kind in "type", as Sentry's event serializer writes it.
            assertThat(event.eventType()).contains("error");
            assertThat(latest.message()).isEqualTo("Event 5f0c2ab1e4d94c7f9a3b6e2d1c0b9a88 (latest of issue"
                    + " CHECKOUT-2F): TimeoutError: payment gateway did not answer in 30s at 2026-11-26T07:59:12Z");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2F/events/latest/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/events/oldest/");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/4501/events/recommended/");
            assertThat(sentry.take().getTarget()).isEqualTo(
                    "/api/0/organizations/acme/issues/4501/events/5f0c2ab1e4d94c7f9a3b6e2d1c0b9a88/");
        }
    }

    @Test
    void rejectsEventIdsThatAreNoneOfTheAccepted() {
        assertThatThrownBy(() -> GetIssueEventInput.builder().issueId("4501").eventId("newest").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eventId must be latest, oldest, recommended or a 32-hex event id, got 'newest'");
        assertThatThrownBy(() -> GetIssueEventInput.builder().issueId("4501").eventId("5f0c2ab1").build())
                .hasMessageStartingWith("eventId must be latest, oldest, recommended or a 32-hex event id");
        assertThatThrownBy(() -> ListIssueEventsInput.builder().issueId("4501").addEnvironments("").build())
                .hasMessage("environments[0] must not be blank");
    }

    @Test
    void listsHashesWithTheirLatestEvent() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/hashes.json").answerFixture(200, "breadth/hashes.json");

            Page<IssueHash> hashes = sentry.client().listIssueHashes("4501");
            sentry.client().async().listIssueHashes("4501").get();

            assertThat(hashes.items()).extracting(IssueHash::id)
                    .containsExactly("c9e3a47f5b6d4e2a8f1b0c9d8e7f6a5b", "1f2e3d4c5b6a79880a1b2c3d4e5f6a7b");
            assertThat(hashes.items().get(0).latestEvent().get().title())
                    .isEqualTo("TimeoutError: payment gateway did not answer in 30s");
            assertThat(hashes.items().get(1).latestEvent()).isEmpty();
            assertThat(hashes.hasNextPage()).isFalse();
            assertThat(hashes.totalHits()).isEmpty();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/hashes/");
        }
    }
}
