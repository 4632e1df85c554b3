package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's examples for listing, updating, bulk, comments, tags, events, the organization and regions, compiled
 * and run against a local server: the code between the {@code README} markers is the README's, unchanged.
 */
class ReadmeExamplesBreadthTest {

    private final BreadthServer sentry = new BreadthServer();
    private final SentryClient client = sentry.client;

    @AfterEach
    void close() throws Exception {
        sentry.close();
    }

    @Test
    void listingAndPaging() throws Exception {
        for (int i = 0; i < 4; i++) {
            sentry.answer(200, "issue-list.json");
        }

        // README: Listing and paging
        Page<Issue> page = client.listIssues(ListIssuesInput.builder()
                .query("is:unresolved assigned:me")     // always sent; empty (the default) lists every issue
                .addEnvironments("production")
                .statsPeriod("14d")
                .sort(IssueSort.FREQ)
                .limit(100)                              // 1 to 100 per page
                .build());
        page.items();         // the issues of this page
        page.hasNextPage();   // then page.nextPage(), or page.nextCursor() to come back later

        for (Issue issue : client.listIssues(ListIssuesInput.builder().build()).autoPaging()) {
            System.out.println(issue.shortId() + " " + issue.title());
        }
        long escalating = client.listIssues(ListIssuesInput.builder().build()).stream(5_000)   // stop after 5,000
                .filter(issue -> issue.substatus().orElse(null) == IssueSubstatus.ESCALATING)
                .count();

        client.async().listIssues(ListIssuesInput.builder().build())
                .thenCompose(first -> first.forEachAsync(issue -> System.out.println(issue.shortId())))
                .thenAccept(count -> System.out.println(count + " issues"))
                .get();
        // README end

        assertThat(escalating).isEqualTo(1);
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?query=is%3Aunresolved"
                + "%20assigned%3Ame&environment=production&statsPeriod=14d&sort=freq&limit=100");
        assertThat(sentry.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void updatingIssues() {
        for (int i = 0; i < 5; i++) {
            sentry.answer(200, "issue-archived.json");
        }

        // README: Updating issues
        client.updateIssue(UpdateIssueInput.builder().issueId("PROJ-1A")
                .status(IssueStatus.IGNORED).substatus(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET)
                .statusDetails(StatusDetails.builder().ignoreCount(100).ignoreWindow(60).build())  // 100 more in 1 h
                .priority(IssuePriority.HIGH)
                .isBookmarked(true)
                .build());
        client.updateIssue(UpdateIssueInput.builder().issueId("PROJ-1A")
                .status(IssueStatus.RESOLVED).statusDetails(StatusDetails.resolvedInRelease("web@2.14.0")).build());
        client.archiveIssue("PROJ-1A");                    // ignored + archived_forever
        client.archiveIssueUntilEscalating("PROJ-1A");     // ignored + archived_until_escalating
        client.unassignIssue("PROJ-1A");
        // README end

        assertThat(BreadthServer.json(sentry.take()).get("statusDetails").toString())
                .isEqualTo("{\"ignoreCount\":100,\"ignoreWindow\":60}");
        assertThat(sentry.server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void bulkOperations() {
        sentry.answer(200, "bulk-update-delta.json").answerEmpty(204).answerEmpty(202);

        // README: Bulk operations
        SentryResponse<BulkUpdateResult> bulk = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                .addIssueIds("4501", "4502", "4503")
                .status(IssueStatus.RESOLVED)
                .build());
        bulk.data().matched();     // false when no id named an issue the token can see (Sentry's 204): not an error
        bulk.data().status();      // the delta Sentry applied

        client.bulkDeleteIssues(BulkDeleteIssuesInput.builder().addIssueIds("4501", "4502").build());
        client.deleteIssue("PROJ-1A");   // 202: queued, Sentry deletes it in the background
        // README end

        assertThat(bulk.data().matched()).isTrue();
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502&id=4503");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502");
    }

    @Test
    void comments() {
        sentry.answer(200, "comments.json").answer(201, "comment-updated.json").answer(200, "comment-updated.json")
                .answerEmpty(204);

        // README: Comments
        Page<Comment> comments = client.listComments("PROJ-1A");          // newest first
        client.addComment(AddCommentInput.builder().issueId("PROJ-1A").comment("Payments, please look")
                .addMentions("team:12").build());
        client.updateComment(UpdateCommentInput.builder().issueId("PROJ-1A").commentId("90210")
                .comment("Rolled back; rate is back to normal.").build());
        client.deleteComment(DeleteCommentInput.builder().issueId("PROJ-1A").commentId("90210").build());
        // README end

        assertThat(comments.items()).hasSize(2);
        assertThat(sentry.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void tags() {
        sentry.answer(200, "issue-tags.json").answer(200, "tag-values.json");

        // README: Tags
        for (IssueTag tag : client.listIssueTags("PROJ-1A").data()) {
            System.out.println(tag.key() + ": " + tag.topValues());
        }
        Page<TagValue> releases = client.listTagValues(
                ListTagValuesInput.builder().issueId("PROJ-1A").key("release").build());
        // README end

        assertThat(releases.items()).hasSize(2);
    }

    @Test
    void events() {
        sentry.answer(200, "events.json").answer(200, "event-latest.json").answer(200, "hashes.json");

        // README: Events
        Page<Event> events = client.listIssueEvents(ListIssueEventsInput.builder().issueId("PROJ-1A")
                .full(true).statsPeriod("24h").build());
        Event latest = client.getIssueEvent(GetIssueEventInput.latest("PROJ-1A")).data();   // also oldest, recommended
        latest.entries();       // the exception, breadcrumbs, request... as JSON
        Page<IssueHash> hashes = client.listIssueHashes("PROJ-1A");
        // README end

        assertThat(events.items()).hasSize(2);
        assertThat(latest.entries()).isPresent();
        assertThat(hashes.items()).hasSize(2);
    }

    @Test
    void organization() {
        sentry.answer(200, "shortid.json").answer(200, "projects.json");
        sentry.server.enqueue(new MockResponse.Builder().code(200)
                .body(BreadthServer.fixture("members.json").replace("Dana@Acme.example", "dana@example.com"))
                .build());
        sentry.answer(200, "issue-archived.json");

        // README: Organization
        ShortIdResolution resolved = client.resolveShortId("PROJ-1A").data();
        resolved.issueId();        // the numeric id, for bulk operations
        resolved.issue();          // the whole issue

        for (Project project : client.listProjects().autoPaging()) {
            System.out.println(project.slug());
        }
        Optional<Member> dana = client.findMemberByEmail("dana@example.com").data();
        dana.flatMap(Member::assignee).ifPresent(assignee -> client.assignIssue(
                AssignIssueInput.builder().issueId("PROJ-1A").assignee(assignee).build()));
        // README end

        sentry.take();
        sentry.take();
        sentry.take();
        assertThat(BreadthServer.json(sentry.take()).toString()).isEqualTo("{\"assignedTo\":\"user:88\"}");
    }

    @Test
    void regions() {
        sentry.server.enqueue(new MockResponse.Builder().code(200).body(BreadthServer.fixture("organization.json")
                .replace("https://de.sentry.io", sentry.server.url("/").toString())).build());
        String token = BreadthServer.TOKEN;

        // README: Regions and self-hosted Sentry
        SentryClient eu = SentryClient.builder().authToken(token).orgSlug("acme")
                .region(SentryRegion.DE)                     // https://de.sentry.io; SentryRegion.US is https://us.sentry.io
                .build();
        SentryClient selfHosted = SentryClient.builder().authToken(token).orgSlug("acme")
                .baseUrl("https://sentry.example.com")       // any self-hosted Sentry
                .build();
        SentryClient discovered = SentryClient.builder().authToken(token).orgSlug("acme")
                .baseUrl(sentry.server.url("/").toString())  // (the test's server instead of https://sentry.io)
                .discoverRegion()                            // asks Sentry where the organization lives
                .build();
        // README end

        assertThat(eu.config().apiUrl()).isEqualTo("https://de.sentry.io/api/0/");
        assertThat(selfHosted.config().apiUrl()).isEqualTo("https://sentry.example.com/api/0/");
        assertThat(discovered.config().apiUrl()).isEqualTo(sentry.server.url("/api/0/").toString());
        eu.close();
        selfHosted.close();
        discovered.close();
    }
}
