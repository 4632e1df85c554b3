package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.AutofixState;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.EventRow;
import io.github.sentryclient.model.EventSearchResult;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSort;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseRef;
import io.github.sentryclient.model.Repository;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.model.TraceMeta;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.Fixtures;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's code run against a local server: the quick start, every operation section (issues, listing,
 * updating, bulk, comments, tags, events, organization, regions), async and configuration, with the local server's
 * URL and token. The blocks that name sentry.io or the real environment stand verbatim, imports included, in
 * {@code com.example.readme.ReadmeSnippetsTest}; {@link ReadmeBlocksTest} checks that every block stands in a test.
 */
class ReadmeExamplesTest {

    private final SentryServer sentry = new SentryServer();
    private final SentryClient client = sentry.client();

    @AfterEach
    void close() {
        sentry.close();
    }

    @Test
    void quickStart() {
        sentry.answerFixture(200, "issue.json").answerFixture(201, "comment.json")
                .answerFixture(200, "issue-resolved.json");
        String baseUrl = sentry.baseUrl();
        String token = SentryServer.TOKEN;

        // README: Quick start
        try (SentryClient client = SentryClient.builder()
                .authToken(token)
                .orgSlug("your-org")
                .projectSlug("your-project")
                .baseUrl(baseUrl)          // optional, this is the default
                .build()) {

            SentryResponse<Issue> issue = client.getIssue(GetIssueInput.builder().issueId("123456").build());
            System.out.println(issue.message());

            SentryResponse<Comment> comment = client.addComment(
                    AddCommentInput.builder().issueId("123456").comment("Investigating after the latest deploy")
                            .build());
            System.out.println(comment.data().id());

            client.updateIssueStatus(
                    UpdateIssueStatusInput.builder().issueId("123456").status(IssueStatus.RESOLVED).build());
        }

        assertThat(sentry.requestCount()).isEqualTo(3);
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/your-org/issues/123456/");
    }

    @Test
    void operations() {
        sentry.answerFixture(200, "issue.json").answerFixture(200, "issue-resolved.json")
                .answerFixture(200, "issue-assigned.json").answerFixture(201, "comment.json")
                .answer(200, "[{\"value\":\"production\",\"count\":3}]").answerFixture(200, "issue.json");
        SentryClient client = sentry.client();

        // README: Get an issue
        Issue issue = client.getIssue(GetIssueInput.builder().issueId("PROJ-1A").build()).data();
        issue.title();
        issue.status();
        issue.count();
        issue.userCount();
        issue.lastSeen();
        issue.assignedTo();

        // README: Update an issue's status
        client.updateIssueStatus(UpdateIssueStatusInput.builder()
                .issueId("123456").status(IssueStatus.RESOLVED_IN_NEXT_RELEASE).build());

        // README: Assign an issue
        client.assignIssue(AssignIssueInput.builder().issueId("123456").assignee("dev@example.com").build());

        // README: Add a comment
        client.addComment(AddCommentInput.builder().issueId("123456").comment("Fixed in #4521").build());

        // README: Add a tag
        SentryResponse<TagResult> tag = client.addTag(
                AddTagInput.builder().issueId("123456").key("environment").value("production").build());
        tag.data().source();   // EVENT_TAG or LABEL_COMMENT
        tag.message();         // says which happened, and why

        // README: Async
        CompletableFuture<Void> done = client.async().getIssue(GetIssueInput.builder().issueId("123456").build())
                .thenAccept(response -> System.out.println(response.message()));

        done.join();
        assertThat(tag.data().source()).isEqualTo(TagSource.EVENT_TAG);
        assertThat(sentry.requestCount()).isEqualTo(6);
    }

    @Test
    void configurationFromEnvironment() {
        Map<String, String> environment = Map.of("SENTRY_AUTH_TOKEN", SentryServer.TOKEN, "SENTRY_ORG", "acme",
                "SENTRY_URL", sentry.baseUrl());

        // README: Configuration (fromEnv() reads System.getenv(), this test the same variables from a map)
        SentryClient client = SentryClient.builder().fromEnv(environment).build();

        client.close();
        assertThat(client.config().orgSlug()).isEqualTo("acme");
    }

    @Test
    void listingAndPaging() throws Exception {
        for (int i = 0; i < 4; i++) {
            sentry.answerFixture(200, "breadth/issue-list.json");
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
        assertThat(sentry.server().getRequestCount()).isEqualTo(4);
    }

    @Test
    void updatingIssues() {
        for (int i = 0; i < 5; i++) {
            sentry.answerFixture(200, "breadth/issue-archived.json");
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

        assertThat(SentryServer.json(sentry.take()).get("statusDetails").toString())
                .isEqualTo("{\"ignoreCount\":100,\"ignoreWindow\":60}");
        assertThat(sentry.server().getRequestCount()).isEqualTo(5);
    }

    @Test
    void bulkOperations() {
        sentry.answerFixture(200, "breadth/issue-list.json").answerFixture(200, "breadth/bulk-update-delta.json")
                .answerEmpty(204).answerEmpty(202);

        // README: Bulk operations
        SentryResponse<BulkUpdateResult> bulk = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                .addIssueIds("4501", "4502", "4503")
                .status(IssueStatus.RESOLVED)
                .build());
        bulk.data().matched();      // false when no id names an issue the token can see: then nothing is sent
        bulk.data().unmatchedIds(); // the ids that named no issue, and were left out of the change
        bulk.data().status();       // the delta Sentry applied

        client.bulkDeleteIssues(BulkDeleteIssuesInput.builder().addIssueIds("4501", "4502").build());
        client.deleteIssue("PROJ-1A");   // 202: queued, Sentry deletes it in the background
        // README end

        assertThat(bulk.data().matched()).isTrue();
        assertThat(bulk.data().unmatchedIds()).containsExactly("4503");
        assertThat(sentry.take().getMethod()).isEqualTo("GET");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502&project=7");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502");
    }

    @Test
    void comments() {
        sentry.answerFixture(200, "breadth/comments.json").answerFixture(201, "breadth/comment-updated.json")
                .answerFixture(200, "breadth/comment-updated.json")
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
        assertThat(sentry.server().getRequestCount()).isEqualTo(4);
    }

    @Test
    void tags() {
        sentry.answerFixture(200, "breadth/issue-tags.json").answerFixture(200, "breadth/tag-values.json");

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
        sentry.answerFixture(200, "breadth/events.json").answerFixture(200, "breadth/event-latest.json")
                .answerFixture(200, "breadth/hashes.json");

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
        sentry.answerFixture(200, "breadth/shortid.json").answerFixture(200, "breadth/projects.json");
        sentry.server().enqueue(new MockResponse.Builder().code(200)
                .body(Fixtures.read("breadth/members.json").replace("Dana@Acme.example", "dana@example.com"))
                .build());
        sentry.answerFixture(200, "breadth/issue-archived.json");

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
        assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"assignedTo\":\"user:88\"}");
    }

    @Test
    void releases() {
        String body = "{\"version\":\"backend@4.2.0\",\"newGroups\":2,\"projects\":[{\"id\":2,\"slug\":\"backend\"}]}";
        sentry.answer(201, body).answer(201, "{\"id\":\"1\",\"environment\":\"production\"}")
                .answer(200, "[" + body + "]").answer(200, SentryServer.issueJson("4501"))
                .answer(200, "[]").answer(200, "[]");

        // README: Releases
        Release release = client.createRelease(CreateReleaseInput.builder()
                .version("backend@4.2.0").addProjects("backend")
                .addRefs(ReleaseRef.of("acme/backend", "a1b2c3d4"))     // Sentry reads the commits from the repository
                .build()).data();
        client.createDeploy(CreateDeployInput.builder().version("backend@4.2.0").environment("production").build());
        ListReleasesInput recentOnes = ListReleasesInput.builder().query("backend@4").build();
        for (Release recent : client.listReleases(recentOnes).autoPaging()) {
            System.out.println(recent.version() + ": " + recent.newGroups() + " new issues");
        }
        Issue issue = client.getIssue(GetIssueInput.builder().issueId("PROJ-1A").build()).data();
        issue.firstRelease().map(Release::version);                  // the release it was first seen in
        Page<Commit> commits = client.listReleaseCommits("backend@4.2.0");
        Page<CommitFile> files = client.listReleaseCommitFiles("backend@4.2.0");
        // README end

        assertThat(release.version()).isEqualTo("backend@4.2.0");
        assertThat(SentryServer.json(sentry.take()).get("refs").toString())
                .isEqualTo("[{\"repository\":\"acme/backend\",\"commit\":\"a1b2c3d4\"}]");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/backend@4.2.0/deploys/");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/?query=backend%404");
        assertThat(commits.items()).isEmpty();
        assertThat(files.items()).isEmpty();
    }

    @Test
    void teamsProjectsAndClientKeys() {
        sentry.answer(201, "{\"id\":\"4\",\"slug\":\"payments\",\"name\":\"Payments\"}")
                .answer(201, "{\"id\":\"7\",\"slug\":\"checkout\",\"name\":\"Checkout\"}")
                .answer(201, "{\"id\":\"2\",\"slug\":\"backend\",\"name\":\"Backend\"}")
                .answer(200, SentryServer.issueJson("4501"))
                .answer(201, "{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\":\"CI\","
                        + "\"dsn\":{\"public\":\"https://0123@o1.ingest.sentry.io/7\"}}")
                .answer(200, "[]");

        // README: Teams, projects and client keys
        Team payments = client.createTeam(CreateTeamInput.builder().slug("payments").name("Payments").build()).data();
        Project checkout = client.createProject(CreateProjectInput.builder()
                .teamSlug("payments").name("Checkout").platform("java").build()).data();
        client.addTeamToProject("backend", "payments");        // now backend's issues can go to team:ID
        client.assignIssue(AssignIssueInput.builder().issueId("PROJ-1A").assignee(payments.assignee()).build());

        ClientKey key = client.createClientKey(checkout.slug(), "CI").data();
        key.dsn().map(ClientKey.Dsn::publicDsn);                // the DSN to configure the SDK with
        Page<Member> members = client.listTeamMembers("payments");
        // README end

        sentry.take();
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/teams/acme/payments/projects/");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/projects/acme/backend/teams/payments/");
        assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"assignedTo\":\"team:4\"}");
        assertThat(key.dsn().map(ClientKey.Dsn::publicDsn)).hasValue("https://0123@o1.ingest.sentry.io/7");
        assertThat(members.items()).isEmpty();
    }

    @Test
    void eventSearchTracesAndAutofix() {
        sentry.answer(200, "{\"data\":[{\"issue\":\"PROJ-1A\",\"title\":\"ZeroDivisionError\",\"count()\":42}],"
                + "\"meta\":{\"fields\":{\"issue\":\"string\",\"title\":\"string\",\"count()\":\"integer\"}}}")
                .answer(200, "{\"errorsCount\":1,\"spansCount\":12}").answer(200, "[]")
                .answer(202, "{\"run_id\":7,\"sentry_run_id\":null}").answer(200, "{\"autofix\":null}");

        // README: Event search, traces and autofix
        EventSearchResult top = client.searchEvents(SearchEventsInput.builder()
                .dataset(EventDataset.ERRORS)
                .addFields("issue", "title", "count()")
                .query("environment:production").sort("-count()").statsPeriod("24h")
                .build()).data();
        for (EventRow row : top.rows()) {
            System.out.println(row.text("issue").orElse("?") + " " + row.number("count()").orElse(0.0));
        }
        top.fieldTypes();          // {issue=string, title=string, count()=integer}, from Sentry's meta
        top.nextCursor();          // pass it back with .cursor(...) for the next page

        TraceMeta meta = client.getTraceMeta(GetTraceInput.of("a9ac3ee1d2f74fb8b5d74e2fc2b31b3b")).data();
        List<TraceItem> trace = client.getTrace(GetTraceInput.of("a9ac3ee1d2f74fb8b5d74e2fc2b31b3b")).data();

        client.startAutofix(StartAutofixInput.builder().issueId("PROJ-1A")
                .stoppingPoint(StartAutofixInput.StoppingPoint.ROOT_CAUSE).build());
        Optional<AutofixState> autofix = client.getAutofix("PROJ-1A").data();   // empty before any run
        // README end

        assertThat(top.rows().get(0).number("count()")).hasValue(42.0);
        assertThat(top.fieldTypes()).containsEntry("count()", "integer");
        assertThat(meta.spansCount()).isEqualTo(12);
        assertThat(trace).isEmpty();
        assertThat(autofix).isEmpty();
        assertThat(sentry.take().getTarget())
                .startsWith("/api/0/organizations/acme/events/?dataset=errors&field=issue");
    }

    @Test
    void anyOtherRoute() {
        sentry.answer(200, "[{\"dsn\":{\"public\":\"https://abc@o1.ingest.sentry.io/2\"}}]")
                .answer(200, "{\"version\":\"backend@4.2.0\"}")
                .answer(201, "{\"slug\":\"payments\"}").answer(200, "[{\"name\":\"production\"}]");

        // README: Any other route
        SentryResponse<JsonNode> keys = client.request(SentryRequest.get("projects/{org}/{project}/keys/")
                .pathParam("project", "backend").build());         // each value one encoded path segment
        keys.data().forEach(key -> System.out.println(key.path("dsn").path("public").asText()));
        Release release = client.request(SentryRequest.get("organizations/{org}/releases/{version}/")
                .pathParam("version", "backend@4.2.0").build(), Release.class).data();   // or a type of your own

        SentryResponse<JsonNode> team = client.request(SentryRequest.post("organizations/{org}/teams/")
                .body(Map.of("slug", "payments")).build());

        for (JsonNode environment : client.requestPages(SentryRequest.get("organizations/{org}/environments/")
                .query("visibility", "visible").build()).autoPaging()) {
            System.out.println(environment.path("name").asText());
        }
        // README end

        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/projects/acme/backend/keys/");
        assertThat(release.version()).isEqualTo("backend@4.2.0");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/backend@4.2.0/");
        assertThat(team.statusCode()).isEqualTo(201);
        assertThat(sentry.take().getMethod()).isEqualTo("POST");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/environments/?visibility=visible");
    }

    @Test
    void organizationReads() {
        sentry.answer(200, "[{\"id\":\"1\",\"slug\":\"acme\",\"name\":\"Acme\"}]")
                .answer(200, "{\"organizationSlug\":\"acme\",\"projectSlug\":\"backend\",\"groupId\":\"4501\","
                        + "\"eventId\":\"9fac2ceed9344f2bbfdd1fdacb0ed9b1\","
                        + "\"event\":{\"id\":\"9fac2ceed9344f2bbfdd1fdacb0ed9b1\"}}")
                .answer(200, "[{\"id\":\"1\",\"name\":\"production\"}]").answer(200, "[]")
                .answer(200, "{\"id\":\"57377908164\",\"email\":\"dana@example.com\"}");

        // README: Organization (more)
        for (Organization org : client.listOrganizations().autoPaging()) {
            System.out.println(org.slug());
        }
        EventIdResolution found = client.resolveEventId("9fac2ceed9344f2bbfdd1fdacb0ed9b1").data();
        found.issueId();           // the issue of an event id from a log line or a support ticket
        List<Environment> environments = client.listEnvironments(false).data();   // true: hidden ones too
        Page<Repository> repositories = client.listRepositories();
        Member member = client.getMember("57377908164").data();
        // README end

        assertThat(found.issueId()).isEqualTo("4501");
        assertThat(environments).extracting(Environment::name).containsExactly("production");
        assertThat(repositories.items()).isEmpty();
        assertThat(member.email()).isEqualTo("dana@example.com");
        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/");
    }

    @Test
    void regions() {
        sentry.server().enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("breadth/organization.json")
                .replace("https://de.sentry.io", sentry.server().url("/").toString())).build());
        String token = SentryServer.TOKEN;

        // README: Regions and self-hosted Sentry
        SentryClient eu = SentryClient.builder().authToken(token).orgSlug("acme")
                .region(SentryRegion.DE)                     // https://de.sentry.io; SentryRegion.US is https://us.sentry.io
                .build();
        SentryClient selfHosted = SentryClient.builder().authToken(token).orgSlug("acme")
                .baseUrl("https://sentry.example.com")       // any self-hosted Sentry
                .build();
        SentryClient discovered = SentryClient.builder().authToken(token).orgSlug("acme")
                .baseUrl(sentry.server().url("/").toString())  // (the test's server instead of https://sentry.io)
                .discoverRegion()                            // asks Sentry where the organization lives
                .build();
        // README end

        assertThat(eu.config().apiUrl()).isEqualTo("https://de.sentry.io/api/0/");
        assertThat(selfHosted.config().apiUrl()).isEqualTo("https://sentry.example.com/api/0/");
        assertThat(discovered.config().apiUrl()).isEqualTo(sentry.server().url("/api/0/").toString());
        eu.close();
        selfHosted.close();
        discovered.close();
    }
}
