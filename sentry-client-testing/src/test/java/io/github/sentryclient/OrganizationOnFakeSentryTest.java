package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSort;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client end to end against FakeSentry, across the organization's issues: listing, paging and search, updates
 * and bulk changes, deletes, comments, tags, events, short ids, projects and the region.
 */
class OrganizationOnFakeSentryTest {

    @RegisterExtension
    static final FakeSentryExtension SENTRY = new FakeSentryExtension();

    private FakeSentry fake;
    private SentryClient client;

    @BeforeEach
    void start() {
        fake = SENTRY.fake();
        fake.reset();
        client = SENTRY.client();
    }

    @Test
    void pagesThroughEveryIssueWithTheLinkHeader() {
        for (int i = 0; i < 250; i++) {
            long count = i;
            fake.addIssue(b -> b.count(count + 1));
        }

        Page<Issue> first = client.listIssues(ListIssuesInput.builder().limit(100).build());
        List<String> ids = new ArrayList<>();
        for (Issue issue : client.listIssues(ListIssuesInput.builder().limit(100).build()).autoPaging()) {
            ids.add(issue.id());
        }

        assertThat(first.items()).hasSize(100);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.totalHits()).hasValue(250);
        assertThat(ids).hasSize(250).doesNotHaveDuplicates();
        assertThat(fake.requestCount()).isEqualTo(4);
        assertThat(fake.exchanges().get(3).query()).isEqualTo("query=&limit=100&cursor=0%3A200%3A0");
        assertThat(client.listIssues(ListIssuesInput.builder().build()).stream(120).count()).isEqualTo(120);
    }

    @Test
    void searchesSortsAndFiltersLikeSentry() {
        Issue resolved = fake.addIssue(b -> b.status(IssueStatus.RESOLVED).substatus(Optional.empty()).count(5));
        Issue busy = fake.addIssue(b -> b.count(900).priority(IssuePriority.HIGH).title("Checkout timeout"));
        Issue quiet = fake.addIssue(b -> b.count(3));

        List<String> all = ids(client.listIssues(ListIssuesInput.builder().sort(IssueSort.FREQ).build()));
        List<String> unresolved = ids(client.listIssues(ListIssuesInput.builder().query("is:unresolved")
                .sort(IssueSort.FREQ).build()));
        List<String> high = ids(client.listIssues(ListIssuesInput.builder().query("issue.priority:high timeout")
                .build()));
        List<String> otherProject = ids(client.listIssues(ListIssuesInput.builder().addProjects("frontend")
                .build()));

        assertThat(all).containsExactly(busy.id(), resolved.id(), quiet.id());
        assertThat(unresolved).containsExactly(busy.id(), quiet.id());
        assertThat(high).containsExactly(busy.id());
        assertThat(otherProject).isEmpty();
    }

    @Test
    void defaultsToTheConfiguredProject() {
        fake.addIssue(b -> b.title("in backend"));
        try (SentryClient scoped = fake.clientBuilder().projectSlug("backend").build();
                SentryClient elsewhere = fake.clientBuilder().projectSlug("frontend").build()) {
            assertThat(scoped.listIssues(ListIssuesInput.builder().build()).items()).hasSize(1);
            assertThat(elsewhere.listIssues(ListIssuesInput.builder().build()).items()).isEmpty();
            assertThat(elsewhere.listIssues(ListIssuesInput.builder().allProjects(true).build()).items())
                    .hasSize(1);
        }
    }

    @Test
    void updatesArchivesAndBulkUpdates() throws Exception {
        Issue one = fake.addIssue(b -> { });
        Issue two = fake.addIssue(b -> { });

        client.updateIssue(UpdateIssueInput.builder().issueId(one.shortId()).status(IssueStatus.IGNORED)
                .substatus(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET)
                .statusDetails(StatusDetails.builder().ignoreCount(100).ignoreWindow(60).build())
                .priority(IssuePriority.LOW).isBookmarked(true).build());
        assertThat(fake.issue(one.id()).substatus()).contains(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET);
        assertThat(fake.issue(one.id()).isBookmarked()).isTrue();
        client.async().archiveIssueUntilEscalating(two.id()).get();
        assertThat(fake.issue(two.id()).substatus()).contains(IssueSubstatus.ARCHIVED_UNTIL_ESCALATING);

        SentryResponse<BulkUpdateResult> bulk = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                .addIssueIds(one.id(), two.id()).status(IssueStatus.RESOLVED).priority(IssuePriority.HIGH).build());
        SentryResponse<BulkUpdateResult> none = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                .addIssueIds("42").isBookmarked(true).build());

        assertThat(bulk.data().status()).contains(IssueStatus.RESOLVED);
        assertThat(bulk.data().priority()).contains(IssuePriority.HIGH);
        assertThat(fake.issue(one.id()).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(fake.issue(two.id()).priority()).contains(IssuePriority.HIGH);
        assertThat(none.data().matched()).isFalse();
        assertThat(none.data().unmatchedIds()).containsExactly("42");
        // The fake, like Sentry, would have bookmarked every unresolved issue for a PUT whose ids match nothing:
        // the client looked the id up and sent no PUT.
        assertThat(fake.exchanges()).filteredOn(e -> e.method().equals("PUT") && e.query().contains("id=42"))
                .isEmpty();
    }

    @Test
    void bulkUpdatesAnyNumberOfIdsAndShortIdsInRequestsOfAThousand() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add(fake.addIssue(b -> b.title("Many")).id());
        }
        Issue named = fake.addIssue(b -> b.shortId("BACKEND-ZZ9").title("By short id"));
        ids.add("BACKEND-ZZ9");
        ids.add("BACKEND-NOPE");

        SentryResponse<BulkUpdateResult> bulk = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                .issueIds(ids).status(IssueStatus.IGNORED).build());

        assertThat(bulk.data().issueIds()).hasSize(1201).contains(named.id());
        assertThat(bulk.data().unmatchedIds()).containsExactly("BACKEND-NOPE");
        assertThat(bulk.data().chunks()).extracting(chunk -> chunk.issueIds().size()).containsExactly(1000, 201);
        assertThat(bulk.data().chunks()).allMatch(BulkUpdateResult::matched);
        assertThat(fake.issue(named.id()).status()).isEqualTo(IssueStatus.IGNORED);
        assertThat(fake.issue(ids.get(1199)).status()).isEqualTo(IssueStatus.IGNORED);
        assertThat(bulk.message()).startsWith("Applied status to 1201 issues in 1 project (2 requests); 1 ids named"
                + " no issue the token can see and were not sent: BACKEND-NOPE");
        assertThat(fake.exchanges()).filteredOn(e -> e.method().equals("PUT")).hasSize(2);
    }

    @Test
    void bulkUpdatesAcrossProjectsWithoutTheMultiProjectFeature() {
        try (FakeSentry single = FakeSentry.builder().multiProjectStream(false).start();
                SentryClient client = single.clientBuilder().build()) {
            Issue backend = single.addIssue(b -> b.title("A"));
            Issue web = single.addIssue(b -> b.title("B").project(Project.builder()
                    .id("3").slug("web").name("Web").build()));

            SentryResponse<BulkUpdateResult> bulk = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                    .addIssueIds(backend.id(), web.id(), "999").status(IssueStatus.RESOLVED).build());

            assertThat(bulk.data().issueIds()).containsExactlyInAnyOrder(backend.id(), web.id());
            assertThat(bulk.data().unmatchedIds()).containsExactly("999");
            assertThat(single.issue(backend.id()).status()).isEqualTo(IssueStatus.RESOLVED);
            assertThat(single.issue(web.id()).status()).isEqualTo(IssueStatus.RESOLVED);
            assertThat(single.exchanges()).filteredOn(e -> e.method().equals("GET"))
                    .extracting(FakeSentry.Exchange::status).startsWith(400);
            assertThat(bulk.message()).contains("2 issues in 2 projects");
        }
    }

    @Test
    void assignsOnlyMembersAndSaysWhoIsNot() {
        Issue issue = fake.addIssue(b -> { });
        fake.addMember("dana@example.com", "88", "Dana");

        Optional<Member> dana = client.findMemberByEmail("DANA@example.com").data();
        client.assignIssue(AssignIssueInput.builder().issueId(issue.id()).assignee(dana.get().assignee().get())
                .build());

        assertThat(fake.issue(issue.id()).assignedTo().get().id()).isEqualTo("88");
        assertThat(client.findMemberByEmail("ghost@example.com").data()).isEmpty();
        assertThatThrownBy(() -> client.assignIssue(AssignIssueInput.builder().issueId(issue.id())
                .assignee("ghost@example.com").build()))
                .isInstanceOf(SentryValidationException.class)
                .hasMessageContaining("'ghost@example.com' is not a member of organization " + fake.orgSlug());
        client.unassignIssue(issue.id());
        assertThat(fake.issue(issue.id()).assignedTo()).isEmpty();
        assertThat(client.listMembers().items()).extracting(Member::email)
                .containsExactly("you@example.com", "dana@example.com");
    }

    @Test
    void deletesOneIssueAndManyByIds() throws Exception {
        Issue one = fake.addIssue(b -> { });
        Issue two = fake.addIssue(b -> { });
        Issue three = fake.addIssue(b -> { });
        Issue kept = fake.addIssue(b -> { });

        assertThat(client.deleteIssue(one.shortId()).statusCode()).isEqualTo(202);
        client.async().bulkDeleteIssues(BulkDeleteIssuesInput.builder().addIssueIds(two.id(), three.id()).build())
                .get();

        assertThat(fake.hasIssue(one.id())).isFalse();
        assertThat(fake.hasIssue(two.id())).isFalse();
        assertThat(fake.hasIssue(three.id())).isFalse();
        assertThat(fake.hasIssue(kept.id())).isTrue();
        assertThat(fake.exchanges().get(1).query()).isEqualTo("id=" + two.id() + "&id=" + three.id());
    }

    @Test
    void listsEditsAndDeletesComments() {
        Issue issue = fake.addIssue(b -> { });
        for (int i = 1; i <= 3; i++) {
            client.addComment(AddCommentInput.builder().issueId(issue.id()).comment("note " + i).build());
        }

        Page<Comment> comments = client.listComments(issue.shortId());
        Comment newest = comments.items().get(0);
        client.updateComment(UpdateCommentInput.builder().issueId(issue.id()).commentId(newest.id())
                .comment("note 3, edited").build());
        client.deleteComment(DeleteCommentInput.builder().issueId(issue.id()).commentId(comments.items().get(2).id())
                .build());

        assertThat(comments.items()).extracting(Comment::text).containsExactly("note 3", "note 2", "note 1");
        assertThat(fake.comments(issue.id())).extracting(Comment::text).containsExactly("note 3, edited", "note 2");
        assertThat(fake.issue(issue.id()).numComments()).isEqualTo(2);
        assertThatThrownBy(() -> client.deleteComment(DeleteCommentInput.builder().issueId(issue.id())
                .commentId("999").build()))
                .isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void readsTagsEventsAndHashes() throws Exception {
        Issue issue = fake.addIssue(b -> { });
        assertThatThrownBy(() -> client.getIssueEvent(GetIssueEventInput.latest(issue.id())))
                .isInstanceOf(SentryNotFoundException.class);
        String oldest = fake.addEvent(issue.id(), Map.of("environment", "production", "release", "1.0"));
        fake.addEvent(issue.id(), Map.of("environment", "staging"));
        String latest = fake.addEvent(issue.id(), Map.of("environment", "production", "release", "1.1"));

        List<IssueTag> tags = client.listIssueTags(issue.id()).data();
        Page<TagValue> releases = client.async().listTagValues(ListTagValuesInput.builder().issueId(issue.id())
                .key("release").build()).get();
        Page<Event> events = client.listIssueEvents(ListIssueEventsInput.builder().issueId(issue.id()).build());
        Page<Event> production = client.listIssueEvents(ListIssueEventsInput.builder().issueId(issue.id())
                .full(true).addEnvironments("production").build());
        Event first = client.getIssueEvent(GetIssueEventInput.oldest(issue.id())).data();
        Event byId = client.getIssueEvent(GetIssueEventInput.builder().issueId(issue.id()).eventId(latest).build())
                .data();
        List<IssueHash> hashes = client.listIssueHashes(issue.id()).items();

        assertThat(tags).extracting(IssueTag::key).containsExactly("environment", "release");
        assertThat(tags.get(0).topValues()).extracting(TagValue::value, TagValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("production", 2L),
                        org.assertj.core.groups.Tuple.tuple("staging", 1L));
        assertThat(releases.items()).extracting(TagValue::value).containsExactlyInAnyOrder("1.0", "1.1");
        assertThat(events.items()).extracting(Event::id).hasSize(3).startsWith(latest).endsWith(oldest);
        assertThat(events.items().get(0).entries()).isEmpty();
        assertThat(production.items()).hasSize(2).allSatisfy(e -> assertThat(e.entries()).isPresent());
        // Short items say "event.type", whole events "type", as Sentry's two event serializers do.
        assertThat(events.items()).allSatisfy(e -> assertThat(e.eventType()).contains("error"));
        assertThat(production.items()).allSatisfy(e -> assertThat(e.eventType()).contains("error"));
        assertThat(first.eventType()).contains("error");
        assertThat(fake.exchanges()).filteredOn(x -> x.path().endsWith("/events/") && x.query() != null
                        && x.query().contains("full=true"))
                .singleElement().satisfies(x -> assertThat(x.responseBody()).contains("\"type\":\"error\"")
                        .doesNotContain("\"event.type\""));
        assertThat(first.id()).isEqualTo(oldest);
        assertThat(byId.tags()).extracting(t -> t.key() + "=" + t.value())
                .containsExactlyInAnyOrder("environment=production", "release=1.1");
        assertThat(hashes).hasSize(1);
        assertThat(hashes.get(0).latestEvent().get().id()).isEqualTo(latest);
        assertThat(fake.issue(issue.id()).count()).isEqualTo(4);
    }

    @Test
    void resolvesShortIdsAndListsProjects() {
        Issue issue = fake.addIssue(b -> { });

        assertThat(client.resolveShortId(issue.shortId()).data().issueId()).isEqualTo(issue.id());
        assertThat(client.resolveShortId(issue.shortId().toLowerCase()).data().projectSlug()).isEqualTo("backend");
        assertThatThrownBy(() -> client.resolveShortId("BACKEND-ZZZZ")).isInstanceOf(SentryNotFoundException.class);
        assertThat(client.listProjects().items()).extracting(Project::slug).containsExactly("backend");
    }

    @Test
    void discoversItsOwnRegion() {
        fake.addIssue(b -> { });
        try (SentryClient discovered = fake.clientBuilder().discoverRegion().build()) {
            assertThat(discovered.config().apiUrl()).isEqualTo(fake.baseUrl() + "/api/0/");
            assertThat(discovered.getOrganization().data().slug()).isEqualTo(fake.orgSlug());
            assertThat(discovered.listIssues(ListIssuesInput.builder().build()).items()).hasSize(1);
        }
    }

    private static List<String> ids(Page<Issue> page) {
        return page.items().stream().map(Issue::id).collect(Collectors.toList());
    }
}
