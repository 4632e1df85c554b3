package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventTag;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.TagValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsAndEventsTest {

    private static final String BASE = "https://acme.sentry.io/api/0/organizations/acme/issues/4501/events/?";

    @Test
    void listsTagKeysWithTopValues() throws Exception {
        try (BreadthServer sentry = new BreadthServer()) {
            sentry.answer(200, "issue-tags.json").answer(200, "issue-tags.json");

            SentryResponse<List<IssueTag>> tags = sentry.client.listIssueTags("CHECKOUT-2F");
            sentry.client.async().listIssueTags("CHECKOUT-2F").get();

            assertThat(tags.data()).extracting(IssueTag::key).containsExactly("environment", "browser");
            IssueTag environment = tags.data().get(0);
            assertThat(environment.totalValues()).isEqualTo(2048);
            assertThat(environment.uniqueValues()).isEmpty();
            assertThat(environment.topValues()).extracting(TagValue::value, TagValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("production", 1990L),
                            org.assertj.core.groups.Tuple.tuple("staging", 58L));
            assertThat(tags.data().get(1).uniqueValues()).hasValue(14);
            assertThat(tags.message()).isEqualTo("Issue CHECKOUT-2F has 2 tag keys: environment, browser");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2F/tags/");
        }
    }

    @Test
    void listsTheValuesOfOneTagPageByPage() throws Exception {
        try (BreadthServer sentry = new BreadthServer()) {
            sentry.answerPage("tag-values.json", BreadthServer.link(BASE, "0:0:1", false, "0:100:0", true));
            sentry.answerPage("tag-values.json", BreadthServer.link(BASE, "0:0:1", true, "0:200:0", false));
            ListTagValuesInput input = ListTagValuesInput.builder().issueId("4501").key("release").build();

            Page<TagValue> first = sentry.client.listTagValues(input);
            Page<TagValue> second = sentry.client.async().listTagValues(input).get();

            assertThat(first.items()).extracting(TagValue::value)
                    .containsExactly("checkout@2.14.1", "checkout@2.14.0");
            assertThat(first.items().get(1).lastSeen()).contains(Instant.parse("2026-11-20T08:59:00.250Z"));
            assertThat(first.hasNextPage()).isTrue();
            assertThat(second.items()).hasSize(2);
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/4501/tags/release/values/");
            assertThatThrownBy(() -> ListTagValuesInput.builder().issueId("4501").key("bad key").build())
                    .hasMessageStartingWith("key must be 1 to 32 characters");
        }
    }

    @Test
    void listsEventsWithTheFullFlagAndFilters() throws Exception {
        try (BreadthServer sentry = new BreadthServer()) {
            sentry.answerPage("events.json", BreadthServer.link(BASE, "0:0:1", false, "0:100:0", true));
            sentry.answer(200, "events.json").answer(200, "events.json");

            Page<Event> page = sentry.client.listIssueEvents(ListIssueEventsInput.builder().issueId("4501").build());
            sentry.client.listIssueEvents(ListIssueEventsInput.builder().issueId("4501").full(true)
                    .addEnvironments("production").statsPeriod("24h").query("release:checkout@2.14.1").build());
            sentry.client.async().listIssueEvents(ListIssueEventsInput.builder().issueId("4501")
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
        try (BreadthServer sentry = new BreadthServer()) {
            for (int i = 0; i < 4; i++) {
                sentry.answer(200, "event-latest.json");
            }

            SentryResponse<Event> latest = sentry.client.getIssueEvent(GetIssueEventInput.latest("CHECKOUT-2F"));
            sentry.client.getIssueEvent(GetIssueEventInput.oldest("4501"));
            sentry.client.async().getIssueEvent(GetIssueEventInput.recommended("4501")).get();
            sentry.client.getIssueEvent(GetIssueEventInput.builder().issueId("4501")
                    .eventId("5F0C2AB1E4D94C7F9A3B6E2D1C0B9A88").build());

            Event event = latest.data();
            assertThat(event.dateReceived()).contains(Instant.parse("2026-11-26T07:59:12.881204Z"));
            assertThat(event.entries().get().get(0).get("type").asText()).isEqualTo("exception");
            assertThat(event.contexts().get().get("runtime").get("name").asText()).isEqualTo("CPython");
            assertThat(event.eventType()).isEmpty();
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
        try (BreadthServer sentry = new BreadthServer()) {
            sentry.answer(200, "hashes.json").answer(200, "hashes.json");

            Page<IssueHash> hashes = sentry.client.listIssueHashes("4501");
            sentry.client.async().listIssueHashes("4501").get();

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
