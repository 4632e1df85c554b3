package io.github.sentryclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.Project;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FakeSentry's own semantics, spoken to over raw HTTP as Sentry would be. */
class FakeSentryTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    /** A clock the test moves forward by hand. */
    static final class ManualClock extends Clock {
        private volatile Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final ManualClock clock = new ManualClock();
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private FakeSentry fake;
    private String issueUrl;

    record Answer(int status, Headers headers, String body) {
        JsonNode json() throws IOException {
            return FakeJson.mapper().readTree(body);
        }
    }

    @BeforeEach
    void start() {
        fake = FakeSentry.builder().orgSlug("acme").authToken("sntryu_test").clock(clock)
                .start();
        fake.addMember("jane@example.com", "42", "Jane Doe");
        fake.addIssue(b -> b.id("1001").shortId("BACKEND-1A"));
        issueUrl = "/api/0/organizations/acme/issues/1001/";
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Answer call(String method, String path, String body, String token) throws IOException {
        Request.Builder request = new Request.Builder().url(fake.baseUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body().string());
        }
    }

    private Answer call(String method, String path, String body) throws IOException {
        return call(method, path, body, "sntryu_test");
    }

    @Test
    void startsOnLoopbackWithARandomTokenByDefault() {
        try (FakeSentry other = FakeSentry.start()) {
            assertThat(other.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(other.orgSlug()).isEqualTo("acme");
            assertThat(other.authToken()).startsWith("sntryu_").hasSize(7 + 64).isNotEqualTo(fake.authToken());
            assertThat(other.toString()).contains(other.baseUrl()).doesNotContain(other.authToken());
        }
    }

    @Test
    void seedsTheDemoIssuesOnce() {
        try (FakeSentry demo = FakeSentry.start()) {
            Issue issue = demo.addDemoIssues();

            assertThat(issue.shortId()).isEqualTo("PUMP-STATION-1A");
            assertThat(demo.hasIssue("PUMP-STATION-1B")).isTrue();
            assertThat(demo.issue("PUMP-STATION-19").status()).isEqualTo(IssueStatus.RESOLVED);
            try (SentryClient client = demo.clientBuilder().build()) {
                assertThat(client.findMemberByEmail("dana@example.com").data()).isPresent();
                assertThat(client.listIssueTags(issue.id()).data()).extracting(IssueTag::key)
                        .contains("environment");
            }
            assertThatThrownBy(demo::addDemoIssues).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsMissingAndWrongTokensWith401() throws IOException {
        Answer missing = call("GET", issueUrl, null, null);
        Answer wrong = call("GET", issueUrl, null, "sntryu_other");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("detail").asText()).isEqualTo("Authentication credentials were not provided.");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Invalid token");
    }

    @Test
    void answers404ForUnknownOrganizationsIssuesAndRoutes() throws IOException {
        assertThat(call("GET", "/api/0/organizations/globex/issues/1001/", null).status()).isEqualTo(404);
        Answer unknown = call("GET", "/api/0/organizations/acme/issues/999/", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"detail\":\"The requested resource does not exist\"}");
        assertThat(call("GET", "/api/0/organizations/acme/issues/1001", null).status()).isEqualTo(404);
        assertThat(call("POST", issueUrl, "{}").status()).isEqualTo(405);
    }

    @Test
    void findsIssuesByShortIdCaseInsensitively() throws IOException {
        Answer answer = call("GET", "/api/0/organizations/acme/issues/backend-1a/", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("id").asText()).isEqualTo("1001");
    }

    @Test
    void servesTheShapeOfSentrysIssueBody() throws IOException {
        fake.addEventTag("1001", "environment", "production");
        JsonNode issue = call("GET", issueUrl, null).json();

        assertThat(issue.get("count").isTextual()).isTrue();
        assertThat(issue.get("userCount").isInt()).isTrue();
        assertThat(issue.get("assignedTo").isNull()).isTrue();
        assertThat(issue.get("project").get("slug").asText()).isEqualTo("backend");
        assertThat(issue.get("lastSeen").asText()).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(issue.get("tags").get(0).toString())
                .isEqualTo("{\"key\":\"environment\",\"name\":\"Environment\",\"totalValues\":1}");
        assertThat(issue.get("activity").get(0).get("type").asText()).isEqualTo("first_seen");
        assertThat(issue.has("statusDetails") && issue.has("substatus") && issue.has("seenBy")).isTrue();
    }

    @Test
    void updatesOnlyTheFieldsSentAndIgnoresUnknownOnes() throws IOException {
        Answer answer = call("PUT", issueUrl, "{\"isBookmarked\":true,\"priority\":\"high\",\"tags\":{\"a\":\"b\"}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("isBookmarked").asBoolean()).isTrue();
        assertThat(answer.json().has("activity")).isFalse();
        Issue issue = fake.issue("1001");
        assertThat(issue.isBookmarked()).isTrue();
        assertThat(issue.priority()).hasValue(IssuePriority.HIGH);
        assertThat(issue.status()).isEqualTo(IssueStatus.UNRESOLVED);
    }

    @Test
    void derivesSubstatusAndStatusDetailsLikeSentry() throws IOException {
        JsonNode ignored = call("PUT", issueUrl, "{\"status\":\"ignored\"}").json();
        assertThat(ignored.get("substatus").asText()).isEqualTo("archived_forever");
        JsonNode muted = call("PUT", issueUrl, "{\"status\":\"muted\",\"statusDetails\":{\"ignoreDuration\":60}}")
                .json();
        assertThat(muted.get("status").asText()).isEqualTo("ignored");
        assertThat(muted.get("substatus").asText()).isEqualTo("archived_until_condition_met");
        // Sentry answers a duration with the time it ends, as its response schema describes.
        assertThat(muted.get("statusDetails").get("ignoreUntil").asText()).isEqualTo("2026-01-15T11:00:00Z");
        assertThat(muted.get("statusDetails").has("ignoreDuration")).isFalse();
        JsonNode nextRelease = call("PUT", issueUrl, "{\"status\":\"resolvedInNextRelease\"}").json();
        assertThat(nextRelease.get("status").asText()).isEqualTo("resolved");
        assertThat(nextRelease.get("statusDetails").get("inNextRelease").asBoolean()).isTrue();
        assertThat(nextRelease.get("substatus").isNull()).isTrue();
        JsonNode reopened = call("PUT", issueUrl, "{\"status\":\"unresolved\"}").json();
        assertThat(reopened.get("substatus").asText()).isEqualTo("ongoing");
        assertThat(reopened.get("statusDetails").isEmpty()).isTrue();
        JsonNode escalating = call("PUT", issueUrl, "{\"substatus\":\"until_escalating\"}").json();
        assertThat(escalating.get("substatus").asText()).isEqualTo("archived_until_escalating");
        JsonNode cleared = call("PUT", issueUrl, "{\"substatus\":null}").json();
        assertThat(cleared.get("substatus").isNull()).isTrue();
        assertThat(fake.issue("1001").substatus()).isEmpty();
    }

    @Test
    void assignsAndMentionsATeamThatExists() throws IOException {
        fake.addTeam("12", "payments");

        Answer assigned = call("PUT", issueUrl, "{\"assignedTo\":\"team:12\"}");
        Answer mentioned = call("POST", issueUrl + "comments/",
                "{\"text\":\"Over to you\",\"mentions\":[\"team:12\"]}");
        Answer unknown = call("POST", issueUrl + "comments/", "{\"text\":\"And you\",\"mentions\":[\"team:13\"]}");

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("assignedTo")).isEqualTo(FakeJson.mapper().readTree(
                "{\"type\":\"team\",\"id\":\"12\",\"name\":\"payments\"}"));
        assertThat(fake.issue("1001").assignedTo().orElseThrow().type()).isEqualTo(Actor.Type.TEAM);
        assertThat(mentioned.status()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("{\"mentions\":[\"Team does not exist\"]}");
        assertThatThrownBy(() -> fake.addTeam("x", "y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATeamWithoutAccessToTheIssuesProject() throws IOException {
        fake.addTeam("13", "mobile", "ios");

        Answer refused = call("PUT", issueUrl, "{\"assignedTo\":\"team:13\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"assignedTo\":[\"Cannot assign to a team without access to the"
                + " project\"]}");
        assertThat(fake.issue("1001").assignedTo()).isEmpty();
        fake.addTeam("14", "backend-team", "backend");
        assertThat(call("PUT", issueUrl, "{\"assignedTo\":\"team:14\"}").status()).isEqualTo(200);
    }

    @Test
    void resolvesInAReleaseOnlyWhenTheIssuesProjectHasIt() throws IOException {
        String inRelease = "{\"status\":\"resolved\",\"statusDetails\":{\"inRelease\":\"4.3.0\"}}";
        String inNextRelease = "{\"status\":\"resolved\",\"statusDetails\":{\"inNextRelease\":true}}";
        String noRelease = "No release data present in the system to form a basis for 'Next Release'";

        assertThat(call("PUT", issueUrl, inRelease).body()).isEqualTo("{\"statusDetails\":{\"inRelease\":"
                + "[\"Unable to find a release with the given version.\"]}}");
        assertThat(call("PUT", issueUrl, inNextRelease).body()).isEqualTo("{\"statusDetails\":{\"inNextRelease\":"
                + "[\"" + noRelease + "\"]}}");
        assertThat(call("PUT", issueUrl, "{\"status\":\"resolved\",\"statusDetails\":{\"inRelease\":"
                + "\"latest\"}}").body()).contains(noRelease);
        fake.addRelease("4.3.0", "frontend");
        assertThat(call("PUT", issueUrl, inRelease).status()).as("a release of another project").isEqualTo(400);
        assertThat(fake.issue("1001").status()).isEqualTo(IssueStatus.UNRESOLVED);

        fake.addRelease("backend@4.3.0");
        assertThat(call("PUT", issueUrl, inRelease.replace("4.3.0", "backend@4.3.0")).status()).isEqualTo(200);
        assertThat(fake.issue("1001").status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(call("PUT", issueUrl, inNextRelease).status()).isEqualTo(200);
        assertThatThrownBy(() -> fake.addRelease("backend@4.3.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checksDateRangesAndStatsPeriodsAsSentryDoes() throws IOException {
        String issues = "/api/0/organizations/acme/issues/?query=";

        assertThat(call("GET", issues + "&statsPeriod=14d", null).status()).isEqualTo(200);
        assertThat(call("GET", issues + "&statsPeriod=1y", null).body())
                .isEqualTo("{\"detail\":\"Invalid statsPeriod\"}");
        assertThat(call("GET", issues + "&start=2026-01-01T00:00:00Z", null).body())
                .isEqualTo("{\"detail\":\"start and end are both required\"}");
        assertThat(call("GET", issues + "&start=yesterday&end=2026-01-02T00:00:00Z", null).body())
                .isEqualTo("{\"detail\":\"yesterday is not a valid ISO8601 date query\"}");
        assertThat(call("GET", issues + "&start=2026-01-02&end=2026-01-01T00:00:00", null).body())
                .isEqualTo("{\"detail\":\"start must be before end\"}");
        assertThat(call("GET", issues + "&start=2026-01-01&end=2026-01-02T00:00:00%2B00:00", null).status())
                .isEqualTo(200);
        assertThat(call("GET", issues + "&groupStatsPeriod=7d", null).body()).isEqualTo("{\"detail\":\"Invalid"
                + " stats_period. Valid choices are '', '24h', '14d' and 'auto'\"}");
        assertThat(call("GET", issues + "&group=abc", null).body())
                .isEqualTo("{\"detail\":\"Group ids must be integers\"}");
        assertThat(call("GET", issueUrl + "events/?statsPeriod=forever", null).body())
                .isEqualTo("{\"detail\":\"Invalid statsPeriod\"}");
        assertThat(call("GET", issueUrl + "events/?statsPeriod=90d", null).status()).isEqualTo(200);
    }

    @Test
    void refusesInvalidFieldsWithSentrysFieldErrorShapeAndChangesNothing() throws IOException {
        Answer answer = call("PUT", issueUrl, "{\"status\":\"archived\",\"priority\":\"urgent\","
                + "\"substatus\":\"sleeping\",\"hasSeen\":\"maybe\",\"assignedTo\":\"team:7\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json()).isEqualTo(FakeJson.mapper().readTree("{\"status\":[\"\\\"archived\\\" is not a valid"
                + " choice.\"],\"substatus\":[\"\\\"sleeping\\\" is not a valid choice.\"],\"priority\":"
                + "[\"\\\"urgent\\\" is not a valid choice.\"],\"hasSeen\":[\"Must be a valid boolean.\"],"
                + "\"assignedTo\":[\"Team does not exist\"]}"));
        assertThat(call("PUT", issueUrl, "{\"assignedTo\":7}").body())
                .isEqualTo("{\"assignedTo\":[\"Unknown actor input\"]}");
        assertThat(call("PUT", issueUrl, "{\"status\":7}").body())
                .isEqualTo("{\"status\":[\"\\\"7\\\" is not a valid choice.\"]}");
        assertThat(call("PUT", issueUrl, "[1]").body())
                .isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got array.\"]}");
        assertThat(call("PUT", issueUrl, "{oops").json().get("detail").asText()).startsWith("JSON parse error");
        assertThat(fake.issue("1001").status()).isEqualTo(IssueStatus.UNRESOLVED);
    }

    @Test
    void acceptsSentrysBooleanSpellingsAndSharesPublicIssues() throws IOException {
        JsonNode shared = call("PUT", issueUrl, "{\"isPublic\":\"true\",\"hasSeen\":1,\"inbox\":false}").json();
        assertThat(shared.get("shareId").asText()).hasSize(32);
        assertThat(shared.get("hasSeen").asBoolean()).isTrue();
        JsonNode unshared = call("PUT", issueUrl, "{\"isPublic\":\"False\",\"isSubscribed\":\"0\"}").json();
        assertThat(unshared.get("shareId").isNull()).isTrue();
        assertThat(unshared.get("subscriptionDetails").isNull()).isTrue();
    }

    @Test
    void assignsAndUnassigns() throws IOException {
        JsonNode assigned = call("PUT", issueUrl, "{\"assignedTo\":\"jane@example.com\"}").json();
        assertThat(assigned.get("assignedTo").toString())
                .isEqualTo("{\"type\":\"user\",\"id\":\"42\",\"name\":\"Jane Doe\",\"email\":\"jane@example.com\"}");
        assertThat(call("PUT", issueUrl, "{\"assignedTo\":\"\"}").json().get("assignedTo").isNull()).isTrue();
        call("PUT", issueUrl, "{\"assignedTo\":\"42\"}");
        assertThat(call("PUT", issueUrl, "{\"assignedTo\":null}").json().get("assignedTo").isNull()).isTrue();
        assertThat(fake.issue("1001").assignedTo()).isEmpty();
    }

    @Test
    void postsCommentsWithSentrysRules() throws IOException {
        String comments = issueUrl + "comments/";
        Answer created = call("POST", comments, "{\"text\":\"First\",\"mentions\":[\"user:42\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("type").asText()).isEqualTo("note");
        assertThat(created.json().get("data").get("text").asText()).isEqualTo("First");
        assertThat(created.json().get("dateCreated").asText()).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(created.json().get("user").get("id").asText()).isEqualTo("1");
        assertThat(call("POST", comments, "{\"text\":\"First\",\"mentions\":[\"42\"]}").body())
                .isEqualTo("{\"detail\":\"You have already posted that comment.\"}");
        // Sentry compares the note's whole data: the same text with other mentions is another comment.
        assertThat(call("POST", comments, "{\"text\":\"First\"}").status()).isEqualTo(201);
        assertThat(call("POST", issueUrl + "notes/", "{\"text\":\"Second\"}").status()).isEqualTo(201);
        assertThat(call("POST", comments, "{}").body()).isEqualTo("{\"text\":[\"This field is required.\"]}");
        assertThat(call("POST", comments, "{\"text\":\" \"}").body())
                .isEqualTo("{\"text\":[\"This field may not be blank.\"]}");
        assertThat(call("POST", comments, "{\"text\":5}").body()).isEqualTo("{\"text\":[\"Not a valid string.\"]}");
        assertThat(call("POST", comments, "{\"text\":\"Hi\",\"mentions\":[\"user:99\"]}").body())
                .isEqualTo("{\"mentions\":[\"Cannot mention a non team member\"]}");
        assertThat(fake.comments("BACKEND-1A")).extracting(c -> c.text()).containsExactly("Second", "First",
                "First");
        assertThat(fake.issue("1001").numComments()).isEqualTo(3);
        assertThat(fake.issue("1001").isSubscribed()).isTrue();
        JsonNode listed = call("GET", comments, null).json();
        assertThat(listed).extracting(note -> note.get("data").get("text").asText()).containsExactly("Second",
                "First", "First");
        JsonNode activity = call("GET", issueUrl, null).json().get("activity");
        assertThat(activity).extracting(item -> item.get("type").asText()).containsExactly("note", "note", "note",
                "first_seen");
    }

    @Test
    void paginatesWithSentrysLinkHeader() throws IOException {
        for (int i = 0; i < 5; i++) {
            call("POST", issueUrl + "comments/", "{\"text\":\"note " + i + "\"}");
        }
        String url = fake.baseUrl() + issueUrl + "comments/?per_page=2";

        Answer first = call("GET", issueUrl + "comments/?per_page=2", null);
        Answer last = call("GET", issueUrl + "comments/?per_page=2&cursor=0:4:0", null);

        assertThat(first.headers().get("Link")).isEqualTo("<" + url + "&cursor=0:0:1>; rel=\"previous\";"
                + " results=\"false\"; cursor=\"0:0:1\", <" + url + "&cursor=0:2:0>; rel=\"next\"; results=\"true\";"
                + " cursor=\"0:2:0\"");
        assertThat(first.headers().get("X-Hits")).isEqualTo("5");
        assertThat(first.json()).hasSize(2);
        assertThat(last.headers().get("Link")).isEqualTo("<" + url + "&cursor=0:2:1>; rel=\"previous\";"
                + " results=\"true\"; cursor=\"0:2:1\", <" + url + "&cursor=0:6:0>; rel=\"next\"; results=\"false\";"
                + " cursor=\"0:6:0\"");
        assertThat(last.json()).extracting(note -> note.get("data").get("text").asText()).containsExactly("note 0");
        assertThat(call("GET", issueUrl + "comments/", null).headers().get("Link"))
                .startsWith("<" + fake.baseUrl() + issueUrl + "comments/?&cursor=0:0:1>;");
        assertThat(call("GET", issueUrl + "comments/?cursor=bogus", null).body())
                .isEqualTo("{\"detail\":\"Invalid cursor parameter.\"}");
        assertThat(call("GET", issueUrl + "comments/?per_page=101", null).body())
                .isEqualTo("{\"detail\":\"Invalid per_page value. Cannot exceed 100.\"}");
        assertThat(call("GET", issueUrl + "comments/?per_page=x", null).body())
                .isEqualTo("{\"detail\":\"Invalid per_page parameter.\"}");
    }

    @Test
    void servesTagValuesAndTagDetailsFromEventTags() throws IOException {
        fake.addEventTag("1001", "browser", "Firefox");
        fake.addEventTag("1001", "browser", "Chrome");
        fake.addEventTag("1001", "browser", "Chrome");

        JsonNode values = call("GET", issueUrl + "tags/browser/values/", null).json();
        JsonNode byCount = call("GET", issueUrl + "tags/browser/values/?sort=-count", null).json();
        JsonNode byAge = call("GET", issueUrl + "tags/browser/values/?sort=age", null).json();
        JsonNode byDate = call("GET", issueUrl + "tags/browser/values/?sort=date", null).json();
        JsonNode details = call("GET", issueUrl + "tags/browser/", null).json();

        assertThat(values).extracting(v -> v.get("value").asText()).containsExactly("Chrome", "Firefox");
        assertThat(values.get(0).toString()).isEqualTo("{\"key\":\"browser\",\"name\":\"Chrome\",\"value\":"
                + "\"Chrome\",\"count\":2,\"lastSeen\":\"2026-01-15T10:00:00Z\",\"firstSeen\":"
                + "\"2026-01-15T10:00:00Z\"}");
        assertThat(byCount).extracting(v -> v.get("count").asInt()).containsExactly(2, 1);
        assertThat(byAge).hasSize(2);
        assertThat(byDate).hasSize(2);
        assertThat(details.get("uniqueValues").asInt()).isEqualTo(2);
        assertThat(details.get("totalValues").asInt()).isEqualTo(3);
        assertThat(details.get("topValues").get(0).get("value").asText()).isEqualTo("Chrome");
        assertThat(call("GET", issueUrl + "tags/release/values/", null).status()).isEqualTo(404);
        assertThat(call("GET", issueUrl + "tags/release/", null).status()).isEqualTo(404);
    }

    @Test
    void sendsRateLimitHeadersOnEveryAnswer() throws IOException {
        Answer first = call("GET", issueUrl, null);
        Answer second = call("GET", issueUrl, null, null);

        assertThat(first.headers().get("X-Sentry-Rate-Limit-Limit")).isEqualTo("40");
        assertThat(first.headers().get("X-Sentry-Rate-Limit-Remaining")).isEqualTo("39");
        assertThat(first.headers().get("X-Sentry-Rate-Limit-Reset")).isEqualTo(Long.toString(NOW.getEpochSecond()
                + 1));
        assertThat(first.headers().get("X-Sentry-Rate-Limit-ConcurrentLimit")).isEqualTo("25");
        assertThat(first.headers().get("X-Sentry-Rate-Limit-ConcurrentRemaining")).isEqualTo("24");
        assertThat(second.headers().get("X-Sentry-Rate-Limit-Remaining")).isEqualTo("38");
    }

    @Test
    void answersTheConfiguredFaultsThenServesAgain() throws IOException {
        fake.failNext(2, FakeSentry.Fault.RATE_LIMIT);
        Answer limited = call("GET", issueUrl, null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("\"You are attempting to use this endpoint too frequently. Limit is 40"
                + " requests in 1 seconds\"");
        assertThat(limited.headers().get("Content-Type")).startsWith("text/html");
        assertThat(limited.headers().get("X-Sentry-Rate-Limit-Remaining")).isEqualTo("0");
        assertThat(limited.headers().get("X-Sentry-Rate-Limit-Reset")).isEqualTo(Long.toString(NOW.getEpochSecond()
                + 1));
        assertThat(call("GET", issueUrl, null).status()).isEqualTo(429);
        assertThat(call("GET", issueUrl, null).status()).isEqualTo(200);
        fake.failNext(1, FakeSentry.Fault.SERVER_ERROR);
        Answer failed = call("POST", issueUrl + "comments/", "{\"text\":\"x\"}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("errorId").asText()).hasSize(32);
        assertThat(fake.comments("1001")).isEmpty();
        fake.failNext(1, FakeSentry.Fault.BAD_GATEWAY);
        assertThat(call("GET", issueUrl, null).body()).contains("<title>502 Bad Gateway</title>");
        fake.failNext(1, FakeSentry.Fault.DROP_CONNECTION);
        assertThatThrownBy(() -> call("GET", issueUrl, null)).isInstanceOf(IOException.class);
        assertThat(fake.exchanges().get(fake.requestCount() - 1).status()).isZero();
        assertThat(call("GET", issueUrl, null).status()).isEqualTo(200);
        assertThatThrownBy(() -> fake.failNext(-1, FakeSentry.Fault.RATE_LIMIT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logsEveryExchangeWithTheTokenMasked() throws IOException {
        call("PUT", issueUrl + "?x=1", "{\"hasSeen\":true}");

        FakeSentry.Exchange exchange = fake.exchanges().get(0);
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.path()).isEqualTo(issueUrl);
        assertThat(exchange.query()).isEqualTo("x=1");
        assertThat(exchange.body()).isEqualTo("{\"hasSeen\":true}");
        assertThat(exchange.header("Authorization")).hasValue("Bearer ****");
        assertThat(exchange.header("X-Missing")).isEmpty();
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseHeaders()).containsEntry("content-type", "application/json")
                .containsKey("x-sentry-rate-limit-limit");
        assertThat(exchange.responseBody()).contains("\"hasSeen\":true");
        assertThat(exchange.toString()).doesNotContain("sntryu_test");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void seedsIssuesWithRealisticDefaultsAndRefusesDuplicates() {
        Issue second = fake.addIssue(b -> { });
        Issue third = fake.addIssue(b -> b.status(IssueStatus.IGNORED));

        assertThat(second.id()).isEqualTo("6900000002");
        assertThat(second.shortId()).isEqualTo("BACKEND-2");
        assertThat(third.shortId()).isEqualTo("BACKEND-3");
        assertThat(second.project().slug()).isEqualTo("backend");
        assertThat(second.substatus()).hasValue(IssueSubstatus.ONGOING);
        assertThat(second.lastSeen()).isEqualTo(NOW);
        assertThat(second.firstSeen()).isBefore(NOW);
        Issue given = Issue.builder().id("77").firstSeen(NOW).lastSeen(NOW)
                .project(Project.builder().id("9").slug("web").build()).build();
        assertThat(fake.addIssue(given)).isSameAs(given);
        assertThat(fake.issue("77")).isEqualTo(given);
        assertThatThrownBy(() -> fake.addIssue(given)).hasMessageContaining("issue id 77 is already taken");
        assertThatThrownBy(() -> fake.addIssue(b -> b.shortId("backend-1a")))
                .hasMessageContaining("shortId backend-1a is already taken");
        assertThatThrownBy(() -> fake.addMember("x@example.com", "42", "X"))
                .hasMessageContaining("user id 42 is already a member");
        assertThatThrownBy(() -> fake.issue("404")).hasMessageContaining("no issue 404");
        assertThatThrownBy(() -> fake.comments("404")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fake.addEventTag("404", "k", "v")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingAFakeChangesNoSettingOfTheJvm() {
        java.util.Properties before = (java.util.Properties) System.getProperties().clone();

        try (FakeSentry another = FakeSentry.start()) {
            assertThat(another.baseUrl()).startsWith("http://127.0.0.1:");
        }

        assertThat(System.getProperties()).isEqualTo(before);
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isNull();
    }

    @Test
    void resetForgetsEverythingButTheTokenUser() throws IOException {
        call("GET", issueUrl, null);
        call("GET", issueUrl, null);
        fake.failNext(3, FakeSentry.Fault.SERVER_ERROR);

        fake.reset();

        assertThat(fake.requestCount()).isZero();
        Answer first = call("GET", issueUrl, null);
        assertThat(first.status()).isEqualTo(404);
        // The rate-limit window counts from zero again, within the same second of the fake's clock.
        assertThat(first.headers().get("X-Sentry-Rate-Limit-Remaining"))
                .isEqualTo(String.valueOf(FakeSentry.RATE_LIMIT - 1));
        Issue issue = fake.addIssue(b -> { });
        assertThat(issue.id()).isEqualTo("6900000001");
        assertThat(call("PUT", "/api/0/organizations/acme/issues/" + issue.id() + "/", "{\"assignedTo\":\"user:1\"}")
                .status()).isEqualTo(200);
        assertThat(call("PUT", "/api/0/organizations/acme/issues/" + issue.id() + "/", "{\"assignedTo\":\"42\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void servesConcurrentRequests() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            int n = i;
            Thread thread = new Thread(() -> {
                try {
                    statuses.add(call("POST", issueUrl + "comments/", "{\"text\":\"c" + n + "\"}").status());
                } catch (IOException e) {
                    statuses.add(-1);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(statuses).hasSize(8).containsOnly(201);
        assertThat(fake.comments("1001")).hasSize(8);
    }

    @Test
    void validatesTheBuilder() {
        assertThatThrownBy(() -> FakeSentry.builder().orgSlug("no/slash")).hasMessageContaining("orgSlug");
        assertThatThrownBy(() -> FakeSentry.builder().orgSlug(null)).hasMessageContaining("orgSlug");
        assertThatThrownBy(() -> FakeSentry.builder().authToken("with space")).hasMessageContaining("authToken");
        assertThatThrownBy(() -> FakeSentry.builder().authToken(" ")).hasMessageContaining("authToken");
        assertThatThrownBy(() -> FakeSentry.builder().authToken(null)).hasMessageContaining("authToken");
        assertThatThrownBy(() -> fake.addIssue((Issue) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acceptsRoutesAddedLater() throws IOException {
        fake.addRoute(Route.delete(IssueRoutes.ISSUE, request -> {
            IssueRoutes.issue(request);
            return FakeResponse.empty(202);
        }));

        assertThat(call("DELETE", issueUrl, null).status()).isEqualTo(202);
        assertThat(call("DELETE", "/api/0/organizations/acme/issues/999/", null).status()).isEqualTo(404);
        assertThat(Route.delete(IssueRoutes.ISSUE, r -> null).toString())
                .isEqualTo("DELETE /api/0/organizations/{org}/issues/{issueId}/");
    }

    @Test
    void coversTheCornersOfRequestsAndUpdates() throws IOException {
        assertThat(call("PUT", issueUrl, "").status()).isEqualTo(200);
        assertThat(call("GET", issueUrl + "comments/?&flag&per_page=2&cursor", null).headers().get("Link"))
                .contains("comments/?flag&per_page=2&cursor=0:0:1>");
        JsonNode both = call("PUT", issueUrl, "{\"status\":\"ignored\",\"substatus\":\"archived_until_escalating\"}")
                .json();
        assertThat(both.get("substatus").asText()).isEqualTo("archived_until_escalating");
        assertThat(call("PUT", issueUrl, "{\"substatus\":5}").body())
                .isEqualTo("{\"substatus\":[\"\\\"5\\\" is not a valid choice.\"]}");
        assertThat(call("POST", issueUrl + "comments/", "{\"text\":null}").body())
                .isEqualTo("{\"text\":[\"This field is required.\"]}");
        assertThat(call("POST", issueUrl + "comments/", "{\"text\":\"x\",\"mentions\":[5]}").status()).isEqualTo(400);
        fake.addIssue(b -> b.id("6900000002").shortId("OTHER-2"));
        assertThat(fake.addIssue(b -> { }).id()).isEqualTo("6900000003");
        fake.addIssue(b -> b.id("9").shortId("NEXT-9").status(IssueStatus.RESOLVED_IN_NEXT_RELEASE));
        assertThat(call("GET", "/api/0/organizations/acme/issues/9/", null).json().get("status").asText())
                .isEqualTo("resolved");
    }

    @Test
    void acceptsTheSameCommentAgainAfterAnHour() throws IOException {
        assertThat(call("POST", issueUrl + "comments/", "{\"text\":\"Same\"}").status()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(59));
        assertThat(call("POST", issueUrl + "comments/", "{\"text\":\"Same\"}").status()).isEqualTo(400);
        clock.advance(Duration.ofMinutes(2));
        assertThat(call("POST", issueUrl + "comments/", "{\"text\":\"Same\"}").status()).isEqualTo(201);
    }

    @Test
    void servesRoutesOutsideTheOrganizationPrefix() throws IOException {
        fake.addRoute(Route.get("/api/0/projects/{project}/ping/", request -> FakeResponse.json(200,
                java.util.Map.of("project", request.pathParam("project")))));

        assertThat(call("GET", "/api/0/projects/backend/ping/", null).body()).isEqualTo("{\"project\":\"backend\"}");
        assertThat(call("GET", "/api/0/projects/backend/ping/", null, null).status()).isEqualTo(401);
    }
}
