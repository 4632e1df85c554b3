package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSort;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.support.SentryServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ListIssuesTest {

    private static final String OTHER_HOST = "https://acme.sentry.io/api/0/organizations/acme/issues/?query=";

    @Test
    void sendsTheQueryExplicitlyAndDefaultsToTheConfiguredProject() throws Exception {
        try (SentryServer sentry = SentryServer.withProject("checkout")) {
            sentry
                    .answerPage("breadth/issue-list.json",
                            SentryServer.link(OTHER_HOST, "0:0:1", false, "0:100:0", false));

            Page<Issue> page = sentry.client().listIssues(ListIssuesInput.builder().build());

            RecordedRequest request = sentry.take();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/?query=&project=checkout");
            assertThat(page.items()).extracting(Issue::shortId).containsExactly("CHECKOUT-2F", "CHECKOUT-2G");
            assertThat(page.hasNextPage()).isFalse();
            assertThat(page.nextCursor()).isEmpty();
            assertThat(page.cursor()).isEmpty();
            assertThat(page.totalHits()).hasValue(2);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.rateLimit()).isEmpty();
            assertThat(page.message()).isEqualTo("Listed 2 of 2 issues in project checkout; no more pages");
            assertThat(page.toString()).contains("items=2");
            assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("no more results after the first page");
        }
    }

    @Test
    void readsTheIssuesOfAPage() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry
                    .answerPage("breadth/issue-list.json",
                            SentryServer.link(OTHER_HOST, "0:0:1", false, "0:100:0", false));

            List<Issue> issues = sentry.client().listIssues(ListIssuesInput.builder().build()).items();

            Issue escalating = issues.get(0);
            assertThat(escalating.id()).isEqualTo("4501");
            assertThat(escalating.status()).isEqualTo(IssueStatus.UNRESOLVED);
            assertThat(escalating.substatus()).contains(IssueSubstatus.ESCALATING);
            assertThat(escalating.priority()).contains(IssuePriority.HIGH);
            assertThat(escalating.count()).isEqualTo(2048);
            assertThat(escalating.lastSeen()).isEqualTo(Instant.parse("2026-11-26T07:59:12.402Z"));
            assertThat(escalating.assignedTo()).get().extracting(Actor::type, Actor::assignee)
                    .containsExactly(Actor.Type.TEAM, "team:12");
            Issue archived = issues.get(1);
            assertThat(archived.status()).isEqualTo(IssueStatus.IGNORED);
            assertThat(archived.substatus()).contains(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET);
            assertThat(archived.assignedTo()).isEmpty();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?query=");
        }
    }

    @Test
    void sendsEveryFilterAsSentryNamesIt() throws Exception {
        try (SentryServer sentry = SentryServer.withProject("checkout")) {
            sentry.answerFixture(200, "breadth/issue-list.json").answerFixture(200, "breadth/issue-list.json")
                    .answerFixture(200, "breadth/issue-list.json");

            sentry.client().listIssues(ListIssuesInput.builder().query("is:unresolved assigned:me")
                    .addProjects("7", "web-frontend").addEnvironments("production", "staging").statsPeriod("14d")
                    .sort(IssueSort.FREQ).limit(25).build());
            sentry.client().listIssues(ListIssuesInput.builder().allProjects(true)
                    .start(Instant.parse("2026-11-01T00:00:00Z")).end(Instant.parse("2026-11-02T00:00:00Z"))
                    .build());
            sentry.client().listIssues(ListIssuesInput.builder().addProjects("web-frontend").build());

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/"
                    + "?query=is%3Aunresolved%20assigned%3Ame&project=7&project=web-frontend"
                    + "&environment=production&environment=staging&statsPeriod=14d&sort=freq&limit=25");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/"
                    + "?query=&project=-1&start=2026-11-01T00%3A00%3A00Z&end=2026-11-02T00%3A00%3A00Z");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/?query=&project=web-frontend");
        }
    }

    @Test
    void followsTheCursorAttributeOnlyWhileSentryReportsResults() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            // The link URLs name another host: only the cursor attribute may be used.
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "1764144000000:0:1", false,
                    "1764144000000:100:0", true));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "1764144000000:0:1", true,
                    "1764144000000:200:0", false));

            Page<Issue> first = sentry.client().listIssues(ListIssuesInput.builder().limit(2).build());
            assertThat(first.hasNextPage()).isTrue();
            assertThat(first.nextCursor()).contains("1764144000000:100:0");
            assertThat(first.message()).endsWith("; more on the next page");
            Page<Issue> second = first.nextPage();

            assertThat(second.cursor()).contains("1764144000000:100:0");
            assertThat(second.hasNextPage()).isFalse();
            assertThat(second.message()).contains("at cursor 1764144000000:100:0");
            sentry.take();
            RecordedRequest next = sentry.take();
            assertThat(next.getUrl().host()).isEqualTo(sentry.server().getHostName());
            assertThat(next.getTarget()).isEqualTo(
                    "/api/0/organizations/acme/issues/?query=&limit=2&cursor=1764144000000%3A100%3A0");
        }
    }

    @Test
    void startsAtTheCursorOfAnEarlierPage() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "1764144000000:0:1", true,
                    "1764144000000:200:0", false));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "1764144000000:0:1", true,
                    "1764144000000:200:0", false));
            ListIssuesInput input = ListIssuesInput.builder().query("is:unresolved").cursor("1764144000000:100:0")
                    .build();

            Page<Issue> page = sentry.client().listIssues(input);
            Page<Issue> async = sentry.client().async().listIssues(input).get();

            assertThat(page.cursor()).contains("1764144000000:100:0");
            assertThat(page.message()).contains("at cursor 1764144000000:100:0");
            assertThat(async.cursor()).contains("1764144000000:100:0");
            assertThat(sentry.take().getTarget()).isEqualTo(
                    "/api/0/organizations/acme/issues/?query=is%3Aunresolved&cursor=1764144000000%3A100%3A0");
            assertThat(sentry.take().getTarget()).endsWith("&cursor=1764144000000%3A100%3A0");
        }
    }

    @Test
    void stopsWhenSentryHandsBackTheSameCursor() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", false, "0:2:0", true));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", true, "0:2:0", true));

            List<Issue> all = new ArrayList<>();
            sentry.client().listIssues(ListIssuesInput.builder().build()).autoPaging().forEach(all::add);

            assertThat(all).hasSize(4);
            assertThat(sentry.server().getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void pagesAsynchronously() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", false, "0:2:0", true));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", true, "0:4:0", false));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", false, "0:2:0", true));
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", true, "0:4:0", false));

            Page<Issue> first = sentry.client().async().listIssues(ListIssuesInput.builder().build()).get();
            Page<Issue> second = first.nextPageAsync().get();
            assertThat(second.cursor()).contains("0:2:0");
            assertThat(second.nextPageAsync()).failsWithin(java.time.Duration.ofSeconds(5))
                    .withThrowableThat().withCauseInstanceOf(NoSuchElementException.class);

            List<String> ids = new ArrayList<>();
            Long count = sentry.client().async().listIssues(ListIssuesInput.builder().build())
                    .thenCompose(page -> page.forEachAsync(issue -> ids.add(issue.id()))).get();
            assertThat(count).isEqualTo(4);
            assertThat(ids).containsExactly("4501", "4502", "4501", "4502");
        }
    }

    @Test
    void reportsAFailedNextPageWithItsTypedException() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/issue-list.json", SentryServer.link(OTHER_HOST, "0:0:1", false, "0:2:0", true));
            sentry.server().enqueue(new mockwebserver3.MockResponse.Builder().code(404)
                    .body("{\"detail\":\"The requested resource does not exist\"}").build());

            Page<Issue> first = sentry.client().listIssues(ListIssuesInput.builder().build());

            assertThat(first.forEachAsync(issue -> { }))
                    .failsWithin(java.time.Duration.ofSeconds(5)).withThrowableThat()
                    .withCauseInstanceOf(io.github.sentryclient.error.SentryNotFoundException.class);
        }
    }

    @Test
    void skipsNullItemsAndReadsAnEmptyPage() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("[null]").build());
            sentry.answerEmpty(204);

            assertThat(sentry.client().listIssues(ListIssuesInput.builder().build()).items()).isEmpty();
            Page<Issue> empty = sentry.client().listIssues(ListIssuesInput.builder().build());
            assertThat(empty.items()).isEmpty();
            assertThat(empty.autoPaging()).isEmpty();
            assertThat(empty.message()).isEqualTo("Listed 0 issues; no more pages");
        }
    }

    @Test
    void rejectsBadInputBeforeSending() {
        assertThatThrownBy(() -> ListIssuesInput.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be 1 to 100, got 0");
        assertThatThrownBy(() -> ListIssuesInput.builder().limit(101).build())
                .hasMessage("limit must be 1 to 100, got 101");
        assertThatThrownBy(() -> ListIssuesInput.builder().statsPeriod("yesterday").build())
                .hasMessageStartingWith("statsPeriod must be a number and a unit");
        assertThatThrownBy(() -> ListIssuesInput.builder().statsPeriod("24h").start(Instant.EPOCH)
                .end(Instant.EPOCH.plusSeconds(1)).build())
                .hasMessage("statsPeriod must not be combined with start and end");
        assertThatThrownBy(() -> ListIssuesInput.builder().start(Instant.EPOCH).build())
                .hasMessageStartingWith("start needs end");
        assertThatThrownBy(() -> ListIssuesInput.builder().end(Instant.EPOCH).build())
                .hasMessageStartingWith("end needs start");
        assertThatThrownBy(() -> ListIssuesInput.builder().start(Instant.EPOCH).end(Instant.EPOCH).build())
                .hasMessageStartingWith("start must be before end");
        assertThatThrownBy(() -> ListIssuesInput.builder().addProjects(" ").build())
                .hasMessage("projects[0] must not be blank");
        assertThatThrownBy(() -> ListIssuesInput.builder().allProjects(true).addProjects("checkout").build())
                .hasMessageStartingWith("allProjects must not be combined with projects");
        assertThatThrownBy(() -> ListIssuesInput.builder().cursor("0:100:0 &x=1").build())
                .hasMessageStartingWith("cursor must be a cursor from an earlier page");
        assertThatThrownBy(() -> ListIssuesInput.builder().cursor(" ").build())
                .hasMessageStartingWith("cursor must be a cursor from an earlier page");
    }
}
