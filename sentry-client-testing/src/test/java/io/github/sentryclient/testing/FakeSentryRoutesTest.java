package io.github.sentryclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's routes spoken to over raw HTTP: Sentry's search, bulk semantics and the refusals of comments and
 * events.
 */
class FakeSentryRoutesTest {

    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private static final String ISSUES = "/api/0/organizations/acme/issues/";

    private FakeSentry fake;

    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return FakeJson.mapper().readTree(body);
        }
    }

    @BeforeEach
    void start() {
        fake = FakeSentry.builder().orgSlug("acme").authToken("sntryu_routes").start();
        fake.addMember("jane@example.com", "42", "Jane Doe");
        fake.addIssue(b -> b.id("1").shortId("BACKEND-1").title("Checkout timeout").count(50).userCount(9)
                .firstSeen(Instant.parse("2026-01-01T00:00:00Z")).lastSeen(Instant.parse("2026-01-03T00:00:00Z")));
        fake.addIssue(b -> b.id("2").shortId("BACKEND-2").status(IssueStatus.RESOLVED).count(5).userCount(1)
                .firstSeen(Instant.parse("2026-01-02T00:00:00Z")).lastSeen(Instant.parse("2026-01-02T12:00:00Z")));
        fake.addIssue(b -> b.id("3").shortId("BACKEND-3").status(IssueStatus.IGNORED).isBookmarked(true)
                .priority(IssuePriority.HIGH).count(500).userCount(3)
                .firstSeen(Instant.parse("2026-01-01T06:00:00Z")).lastSeen(Instant.parse("2026-01-01T07:00:00Z")));
        fake.addEvent("1", Map.of("environment", "production", "browser", "Firefox"));
        fake.addEvent("3", Map.of("environment", "staging"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void searchesWithSentrysDefaultQueryWhenNoneIsSent() throws IOException {
        assertThat(ids(get(ISSUES))).containsExactly("1");
        // Last seen first: the events added at the start are the latest.
        assertThat(ids(get(ISSUES + "?query="))).containsExactly("3", "1", "2");
        assertThat(ids(get(ISSUES + "?query=is:resolved"))).containsExactly("2");
        assertThat(ids(get(ISSUES + "?query=is:archived"))).containsExactly("3");
        assertThat(ids(get(ISSUES + "?query=is:unassigned&sort=new"))).containsExactly("2", "3", "1");
        assertThat(ids(get(ISSUES + "?query=&sort=user"))).containsExactly("1", "3", "2");
        assertThat(ids(get(ISSUES + "?query=bookmarks:me"))).containsExactly("3");
        assertThat(ids(get(ISSUES + "?query=browser:Firefox"))).containsExactly("1");
        assertThat(get(ISSUES + "?query=is:whatever").json().get("detail").asText())
                .startsWith("Error parsing search query: Invalid value for \"is\" search, valid values are"
                        + " ['archived', 'archived_forever', ");
        assertThat(ids(get(ISSUES + "?query=is:muted"))).containsExactly("3");
        assertThat(ids(get(ISSUES + "?query=&environment=staging"))).containsExactly("3");
        assertThat(ids(get(ISSUES + "?query=&project=-1&project=2"))).hasSize(3);
        assertThat(get(ISSUES + "?limit=0").status()).isEqualTo(400);
        assertThat(get(ISSUES + "?limit=abc").json().get("detail").asText()).isEqualTo("invalid limit");
        // Sentry's paginator caps the page at 100 rather than refusing a larger limit.
        assertThat(ids(get(ISSUES + "?query=&limit=500"))).hasSize(3);
    }

    @Test
    void findsAssignedIssuesByMeEmailOrId() throws IOException {
        send("PUT", ISSUES + "1/", "{\"assignedTo\":\"jane@example.com\"}");
        send("PUT", ISSUES + "3/", "{\"assignedTo\":\"user:1\"}");

        assertThat(ids(get(ISSUES + "?query=assigned:me"))).containsExactly("3");
        assertThat(ids(get(ISSUES + "?query=assigned:jane@example.com"))).containsExactly("1");
        assertThat(ids(get(ISSUES + "?query=assigned:42"))).containsExactly("1");
        assertThat(ids(get(ISSUES + "?query=is:assigned"))).containsExactly("3", "1");
    }

    @Test
    void bulkRequestsWithoutIdsHitEveryMatchingIssueAsSentryDoes() throws IOException {
        // This is why the client never sends a bulk request without ids.
        Answer delete = send("DELETE", ISSUES + "?query=", null);

        assertThat(delete.status()).isEqualTo(204);
        assertThat(fake.hasIssue("1")).isFalse();
        assertThat(fake.hasIssue("2")).isFalse();
        assertThat(fake.hasIssue("3")).isFalse();
    }

    @Test
    void bulkUpdateAnswersTheDeltaOrTheFirstRefusal() throws IOException {
        Answer delta = send("PUT", ISSUES + "?id=1&id=3", "{\"isPublic\":true,\"hasSeen\":true,"
                + "\"assignedTo\":\"\"}");
        Answer refused = send("PUT", ISSUES + "?id=1", "{\"assignedTo\":\"nobody@example.com\"}");
        Answer none = send("PUT", ISSUES + "?id=77&query=no-issue-matches-this", "{\"hasSeen\":true}");
        // As on Sentry, ids that match nothing make the bulk update run the request's search instead.
        Answer fallback = send("PUT", ISSUES + "?id=77&query=is:unresolved", "{\"isBookmarked\":true}");
        Answer byQuery = send("PUT", ISSUES + "?query=is:resolved", "{\"status\":\"unresolved\"}");

        assertThat(delta.status()).isEqualTo(200);
        assertThat(delta.json().get("isPublic").asBoolean()).isTrue();
        assertThat(delta.json().get("hasSeen").asBoolean()).isTrue();
        assertThat(delta.json().get("shareId").asText()).isNotEmpty();
        assertThat(delta.json().get("assignedTo").isNull()).isTrue();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("assignedTo").get(0).asText()).isEqualTo("Cannot assign to non-team member");
        assertThat(none.status()).isEqualTo(204);
        assertThat(fallback.status()).isEqualTo(200);
        assertThat(fallback.json().get("isBookmarked").asBoolean()).isTrue();
        assertThat(byQuery.json().get("substatus").asText()).isEqualTo("ongoing");
        assertThat(fake.issue("2").status()).isEqualTo(IssueStatus.UNRESOLVED);
    }

    @Test
    void refusesWhatSentryRefusesOnCommentsAndEvents() throws IOException {
        String note = send("POST", ISSUES + "1/comments/", "{\"text\":\"hello\"}").json().get("id").asText();

        assertThat(send("PUT", ISSUES + "1/notes/" + note + "/", "{\"text\":\" \"}").status()).isEqualTo(400);
        assertThat(send("PUT", ISSUES + "1/notes/" + note + "/", "{\"text\":\"edited\"}").status()).isEqualTo(200);
        assertThat(send("DELETE", ISSUES + "1/comments/12345/", null).status()).isEqualTo(404);
        assertThat(get(ISSUES + "1/events/not-an-id/").status()).isEqualTo(404);
        assertThat(get(ISSUES + "1/events/00000000000000000000000000000000/").status()).isEqualTo(404);
        assertThat(get(ISSUES + "2/hashes/").json().get(0).get("latestEvent").isNull()).isTrue();
        assertThat(get(ISSUES + "1/events/?full=1").json().get(0).has("entries")).isTrue();
        assertThat(get(ISSUES + "1/events/recommended/").json().get("groupID").asText()).isEqualTo("1");
        assertThat(get(ISSUES + "2/tags/").json().size()).isZero();
        assertThat(get("/api/0/organizations/acme/members/?query=email:JANE@example.com").json().get(0)
                .get("user").get("id").asText()).isEqualTo("42");
    }

    private Answer get(String path) throws IOException {
        return send("GET", path, null);
    }

    private Answer send(String method, String path, String body) throws IOException {
        Request request = new Request.Builder().url(fake.baseUrl() + path)
                .header("Authorization", "Bearer sntryu_routes")
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = HTTP.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string());
        }
    }

    private static List<String> ids(Answer answer) throws IOException {
        List<String> ids = new ArrayList<>();
        answer.json().forEach(issue -> ids.add(issue.get("id").asText()));
        return ids;
    }
}
