package io.github.sentryclient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Reads every real Sentry body in the shared examples folder (system property {@code sentry.examples}) into the
 * model types the client exposes, and checks that the fields that matter survive.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("sentry.examples",
            "../shared/sentry-api/examples"));

    /** Bodies of routes this version has no model type for yet; checked to be JSON, nothing more. */
    private static final Set<String> NO_MODEL_YET = Set.of(
            "bulk-update-org-issues.schema-example.json",
            "bulk-update-project-issues.request.schema-example.json",
            "bulk-update-project-issues.schema-example.json",
            "issue-external-issues.schema-example.json",
            "list-issue-events.schema-example.json",
            "list-issue-hashes.schema-example.json",
            "list-org-members.schema-example.json",
            "list-org-projects.schema-example.json",
            "list-org-tags.schema-example.json",
            "sentry-mcp-fixture.issue-activity.json",
            "sentry-mcp-fixture.tags.json",
            "update-issue.request.legacy-apidocs-example.json");

    private static final Set<String> READ_INTO_MODEL = Set.of(
            "retrieve-issue.schema-example.json",
            "update-issue.legacy-apidocs-example.json",
            "list-org-issues.schema-example.json",
            "list-project-issues.schema-example.json",
            "resolve-short-id.schema-example.json",
            "sentry-mcp-fixture.issue.json",
            "sentry-mcp-fixture.issue-comments.json",
            "issue-tag-values.schema-example.json",
            "issue-tag-details.schema-example.json",
            "sentry-mcp-fixture.issue-tag-values.json");

    @BeforeEach
    void requireExamples() {
        boolean present = Files.isDirectory(EXAMPLES);
        if (!present) {
            System.out.println("Example bodies NOT read: no folder at " + EXAMPLES.toAbsolutePath().normalize()
                    + " (point -Dsentry.examples=... at Sentry's example bodies)");
        }
        Assumptions.assumeTrue(present, "no examples folder at " + EXAMPLES);
    }

    private static String read(String file) throws IOException {
        return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        return ClientJson.mapper().readValue(read(file), type);
    }

    private static <T> T read(String file, TypeReference<T> type) throws IOException {
        return ClientJson.mapper().readValue(read(file), type);
    }

    @Test
    void everyExampleIsReadIntoAModelTypeOrListedAsHavingNone() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .toList();
        }

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file.startsWith("error-")
                || READ_INTO_MODEL.contains(file) || NO_MODEL_YET.contains(file))
                .as("%s is neither read into a model type nor listed as having none", file).isTrue());
        for (String file : NO_MODEL_YET) {
            assertThat(ClientJson.mapper().readTree(read(file))).as(file).isNotNull();
        }
    }

    @Test
    void retrieveIssue() throws IOException {
        Issue issue = read("retrieve-issue.schema-example.json", Issue.class);

        assertThat(issue.id()).isEqualTo("1");
        assertThat(issue.shortId()).isEqualTo("PUMP-STATION-1");
        assertThat(issue.title()).isEqualTo("This is an example Python exception");
        assertThat(issue.status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(issue.substatus()).hasValue(IssueSubstatus.ONGOING);
        assertThat(issue.priority()).hasValue(IssuePriority.MEDIUM);
        assertThat(issue.count()).isEqualTo(150);
        assertThat(issue.userCount()).isEqualTo(12);
        assertThat(issue.firstSeen()).isEqualTo(Instant.parse("2018-11-06T21:19:55Z"));
        assertThat(issue.lastSeen()).isEqualTo(Instant.parse("2018-12-06T21:19:55Z"));
        assertThat(issue.assignedTo()).hasValue(Actor.builder().type(Actor.Type.USER).id("1").name("John Doe")
                .email("john.doe@example.com").build());
        assertThat(issue.project().id()).isEqualTo("2");
        assertThat(issue.project().slug()).isEqualTo("pump-station");
        assertThat(issue.project().name()).isEqualTo("Pump Station");
        assertThat(issue.project().platform()).hasValue("python");
        assertThat(issue.firstRelease().map(release -> release.version()))
                .hasValue("17642328ead24b51867165985996d04b29310337");
        assertThat(issue.firstRelease().flatMap(release -> release.shortVersion())).hasValue("1764232");
        assertThat(issue.firstRelease().flatMap(release -> release.dateCreated()))
                .hasValue(Instant.parse("2018-11-06T21:19:55.146Z"));
        assertThat(issue.lastRelease()).isEmpty();
        assertThat(issue.platform()).hasValue("python");
        assertThat(issue.isSubscribed()).isTrue();
        assertThat(issue.permalink()).startsWith("https://sentry.io/");
    }

    @Test
    void updateIssueAnswer() throws IOException {
        Issue issue = read("update-issue.legacy-apidocs-example.json", Issue.class);

        assertThat(issue.id()).isEqualTo("1");
        assertThat(issue.status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(issue.assignedTo()).isEmpty();
        assertThat(issue.substatus()).isEmpty();
        assertThat(issue.count()).isEqualTo(1);
        assertThat(issue.project().platform()).isEmpty();
        assertThat(issue.platform()).isEmpty();
    }

    @Test
    void issueLists() throws IOException {
        List<Issue> org = read("list-org-issues.schema-example.json", new TypeReference<List<Issue>>() { });
        List<Issue> project = read("list-project-issues.schema-example.json", new TypeReference<List<Issue>>() { });

        assertThat(org).singleElement().satisfies(issue -> {
            assertThat(issue.status()).isEqualTo(IssueStatus.IGNORED);
            assertThat(issue.substatus()).hasValue(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET);
            assertThat(issue.count()).isEqualTo(150);
            assertThat(issue.assignedTo()).map(Actor::assignee).hasValue("user:1");
            assertThat(issue.project().slug()).isEqualTo("pump-station");
        });
        assertThat(project).singleElement().satisfies(issue -> {
            assertThat(issue.shortId()).isEqualTo("PUMP-STATION-1");
            assertThat(issue.firstSeen()).isEqualTo(Instant.parse("2018-11-06T21:19:55Z"));
        });
    }

    @Test
    void shortIdLookupCarriesTheIssue() throws IOException {
        JsonNode lookup = ClientJson.mapper().readTree(read("resolve-short-id.schema-example.json"));
        Issue issue = ClientJson.mapper().treeToValue(lookup.get("group"), Issue.class);

        assertThat(lookup.get("groupId").asText()).isEqualTo(issue.id());
        assertThat(issue.shortId()).isEqualTo(lookup.get("shortId").asText());
        assertThat(issue.assignedTo()).map(Actor::email).hasValue(java.util.Optional.of("john@example.com"));
    }

    @Test
    void mcpIssueWithFractionalSecondsAndNumericLookingIds() throws IOException {
        Issue issue = read("sentry-mcp-fixture.issue.json", Issue.class);

        assertThat(issue.id()).isEqualTo("6507376925");
        assertThat(issue.shortId()).isEqualTo("CLOUDFLARE-MCP-41");
        assertThat(issue.count()).isEqualTo(25);
        assertThat(issue.firstSeen()).isEqualTo(Instant.parse("2025-04-03T22:51:19.403Z"));
        assertThat(issue.project().id()).isEqualTo("4509062593708032");
        assertThat(issue.platform()).hasValue("javascript");
        assertThat(issue.assignedTo()).map(Actor::name).hasValue("Jane Developer");
    }

    @Test
    void comments() throws IOException {
        List<Comment> comments = read("sentry-mcp-fixture.issue-comments.json", new TypeReference<List<Comment>>() {
        });

        assertThat(comments).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo("4633816000");
            assertThat(comment.text()).isEqualTo("Investigating after the latest deploy.");
            assertThat(comment.dateCreated()).isEqualTo(Instant.parse("2025-04-14T12:00:00Z"));
            assertThat(comment.user()).hasValueSatisfying(user -> {
                assertThat(user.id()).isEqualTo("12345");
                assertThat(user.email()).hasValue("jane@example.com");
            });
        });
    }

    @Test
    void tagValues() throws IOException {
        List<TagValue> values = read("issue-tag-values.schema-example.json", new TypeReference<List<TagValue>>() { });
        JsonNode details = ClientJson.mapper().readTree(read("issue-tag-details.schema-example.json"));
        JsonNode mcp = ClientJson.mapper().readTree(read("sentry-mcp-fixture.issue-tag-values.json"));
        List<TagValue> top = List.of(ClientJson.mapper().treeToValue(details.get("topValues"), TagValue[].class));
        List<TagValue> mcpTop = List.of(ClientJson.mapper().treeToValue(mcp.get("topValues"), TagValue[].class));

        assertThat(values).extracting(TagValue::value).containsExactly("strawberry", "vanilla", "chocolate",
                "neopolitan");
        assertThat(values.get(0).count()).isEqualTo(2);
        assertThat(values.get(0).name()).isEqualTo("Strawberry");
        assertThat(values.get(0).lastSeen()).hasValue(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(top).extracting(TagValue::count).containsExactly(2L, 1L);
        assertThat(mcpTop).hasSize(5).first().satisfies(value -> {
            assertThat(value.value()).isEqualTo("/upload/github/org/repo/commit/abc123");
            assertThat(value.count()).isEqualTo(45);
            assertThat(value.firstSeen()).hasValue(Instant.parse("2024-01-10T08:00:00Z"));
        });
    }

    @Test
    void unknownFieldsAndEnumValuesDoNotFail() throws IOException {
        ObjectNode json = (ObjectNode) ClientJson.mapper().readTree(read("retrieve-issue.schema-example.json"));
        json.put("status", "reprocessing").put("substatus", "snoozed").put("priority", "critical")
                .put("brandNewField", true);
        ((ObjectNode) json.get("assignedTo")).put("type", "bot");

        Issue issue = ClientJson.mapper().treeToValue(json, Issue.class);

        assertThat(issue.status()).isEqualTo(IssueStatus.UNKNOWN);
        assertThat(issue.substatus()).hasValue(IssueSubstatus.UNKNOWN);
        assertThat(issue.priority()).hasValue(IssuePriority.UNKNOWN);
        assertThat(issue.assignedTo()).map(Actor::type).hasValue(Actor.Type.UNKNOWN);
    }

    @Test
    void errorBodiesBecomeTypedExceptionsWithSentrysMessage() throws Exception {
        record Case(String file, int status, Class<? extends SentryClientException> type, String detail) {
        }

        List<Case> cases = List.of(
                new Case("error-400-duplicate-comment.json", 400, SentryValidationException.class,
                        "You have already posted that comment."),
                new Case("error-400-field-validation.json", 400, SentryValidationException.class,
                        "assignedTo: Cannot assign to non-team member"),
                new Case("error-400-multi-project.json", 400, SentryValidationException.class,
                        "You do not have the multi project stream feature enabled"),
                new Case("error-403-note-needs-user.json", 403, SentryPermissionException.class,
                        "Key doesn't have permission to create Note"),
                new Case("error-404-not-found.json", 404, SentryNotFoundException.class,
                        "The requested resource does not exist"),
                new Case("error-410-deprecated-brownout.json", 410, SentryClientException.class,
                        "This API no longer exists."),
                new Case("error-429-rate-limited.json", 429, SentryRateLimitException.class,
                        "You are attempting to use this endpoint too frequently. Limit is 5 requests in 1 seconds"));
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            assertThat(cases).extracting(Case::file).containsExactlyInAnyOrderElementsOf(list
                    .map(path -> path.getFileName().toString()).filter(name -> name.startsWith("error-")).toList());
        }
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            // Each answer is final: without retries a 429 is not waited out either.
            try (SentryClient client = SentryClient.builder().authToken("sntryu_secret").orgSlug("acme")
                    .baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build()) {
                for (Case c : cases) {
                    // Every attempt gets the same answer, so retries (if any) end in the same failure at once.
                    MockResponse answer = new MockResponse.Builder().code(c.status()).body(read(c.file()))
                            .addHeader("X-Sentry-Rate-Limit-Reset", Long.toString(Instant.now().getEpochSecond()))
                            .build();
                    server.setDispatcher(new Dispatcher() {
                        @Override
                        public MockResponse dispatch(RecordedRequest request) {
                            return answer;
                        }
                    });

                    Throwable thrown = catchThrowable(() -> client.getIssue(GetIssueInput.builder().issueId("1")
                            .build()));

                    assertThat(thrown).as(c.file()).isExactlyInstanceOf(c.type());
                    assertThat(((SentryClientException) thrown).detail()).as(c.file()).isEqualTo(c.detail());
                }
            }
        }
    }

    @Test
    void readsTheIssueStreamAndShortIdExamples() throws Exception {
        List<Issue> issues = read("list-org-issues.schema-example.json", new TypeReference<>() { });
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).status()).isEqualTo(IssueStatus.IGNORED);
        assertThat(issues.get(0).substatus()).contains(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET);
        ShortIdResolution resolution = read("resolve-short-id.schema-example.json", new TypeReference<>() { });
        assertThat(resolution.issueId()).isEqualTo("1");
        assertThat(resolution.issue().shortId()).isEqualTo("PUMP-STATION-1");
    }

    @Test
    void readsTheBulkDeltaExample() throws Exception {
        BulkUpdateResult delta = read("bulk-update-org-issues.schema-example.json", new TypeReference<>() { });
        assertThat(delta.matched()).isTrue();
        assertThat(delta.status()).contains(IssueStatus.IGNORED);
        assertThat(delta.priority()).contains(IssuePriority.MEDIUM);
        assertThat(delta.shareId()).contains("123def456abc");
        assertThat(delta.statusDetails().get().get("ignoreWindow").asInt()).isEqualTo(60);
        assertThat(delta.isPublic()).contains(true);
        assertThat(delta.hasSeen()).contains(true);
        assertThat(delta.isSubscribed()).contains(true);
    }

    @Test
    void readsTheEventHashAndTagExamples() throws Exception {
        List<Event> events = read("list-issue-events.schema-example.json", new TypeReference<>() { });
        assertThat(events.get(0).eventType()).contains("error");
        assertThat(events.get(0).dateCreated()).contains(Instant.parse("2020-09-11T17:46:36Z"));
        List<IssueHash> hashes = read("list-issue-hashes.schema-example.json", new TypeReference<>() { });
        Event latest = hashes.get(0).latestEvent().orElseThrow();
        assertThat(latest.entries()).isPresent();
        assertThat(latest.eventType()).as("a whole event's type").contains("error");
        assertThat(latest.user().orElseThrow().email()).contains("hell@boy.cat");
        IssueTag flavors = read("issue-tag-details.schema-example.json", new TypeReference<>() { });
        assertThat(flavors.uniqueValues()).hasValue(2);
        assertThat(flavors.topValues()).extracting(TagValue::value).containsExactly("strawberry", "vanilla");
        List<IssueTag> keys = read("sentry-mcp-fixture.tags.json", new TypeReference<>() { });
        assertThat(keys).extracting(IssueTag::key).contains("environment", "release");
        List<TagValue> values = read("issue-tag-values.schema-example.json", new TypeReference<>() { });
        assertThat(values).hasSize(4);
    }

    @Test
    void readsTheOrganizationExamples() throws Exception {
        List<Member> members = read("list-org-members.schema-example.json", new TypeReference<>() { });
        assertThat(members.get(0).assignee()).contains("user:280094367316");
        assertThat(members.get(0).orgRole()).contains("member");
        List<Project> projects = read("list-org-projects.schema-example.json", new TypeReference<>() { });
        assertThat(projects.get(0).slug()).isEqualTo("prime-mover");
        assertThat(projects.get(0).isMember()).contains(true);
        List<Comment> comments = read("sentry-mcp-fixture.issue-comments.json", new TypeReference<>() { });
        assertThat(comments.get(0).text()).isEqualTo("Investigating after the latest deploy.");
        Organization organization = ClientJson.mapper().readValue(Fixtures.read("breadth/organization.json"),
                Organization.class);
        assertThat(organization.links().orElseThrow().organizationUrl()).contains("https://acme.sentry.io");
    }
}
