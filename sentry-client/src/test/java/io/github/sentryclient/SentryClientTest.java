package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.Fixtures;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SentryClientTest {

    private final SentryServer sentry = new SentryServer();

    /** Runs an operation through the sync client or the async one, so that each test covers both. */
    enum Mode {
        SYNC, ASYNC;

        <T> SentryResponse<T> call(SentryClient client, Function<SentryClient, SentryResponse<T>> sync,
                Function<SentryAsyncClient, CompletableFuture<SentryResponse<T>>> async) {
            if (this == SYNC) {
                return sync.apply(client);
            }
            try {
                return async.apply(client.async()).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw (RuntimeException) e.getCause();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void close() {
        sentry.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void getIssueReadsTheIssue(Mode mode) {
        sentry.answerFixture(200, "issue.json");
        GetIssueInput input = GetIssueInput.builder().issueId("123456").build();

        SentryResponse<Issue> response = mode.call(sentry.client(), c -> c.getIssue(input), c -> c.getIssue(input));

        RecordedRequest request = sentry.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).matches("sentry-client-java/\\S+");
        assertThat(request.getBodySize()).isZero();

        Issue issue = response.data();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(issue.id()).isEqualTo("123456");
        assertThat(issue.shortId()).isEqualTo("PUMP-STATION-1A");
        assertThat(issue.title()).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(issue.culprit()).isEqualTo("pump_station.app in calculate_flow");
        assertThat(issue.permalink()).isEqualTo("https://acme.sentry.io/issues/123456/");
        assertThat(issue.level()).isEqualTo("error");
        assertThat(issue.status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(issue.substatus()).contains(IssueSubstatus.ONGOING);
        assertThat(issue.priority()).contains(IssuePriority.MEDIUM);
        assertThat(issue.count()).isEqualTo(150L);
        assertThat(issue.userCount()).isEqualTo(12);
        assertThat(issue.numComments()).isEqualTo(1);
        assertThat(issue.isSubscribed()).isTrue();
        assertThat(issue.firstSeen()).isEqualTo(Instant.parse("2024-11-06T21:19:55.123Z"));
        assertThat(issue.lastSeen()).isEqualTo(Instant.parse("2024-12-06T21:19:55Z"));
        assertThat(issue.assignedTo()).isEmpty();
        assertThat(issue.project().slug()).isEqualTo("pump-station");
        assertThat(issue.project().name()).isEqualTo("Pump Station");
        assertThat(issue.project().id()).isEqualTo("2");
        assertThat(response.message()).isEqualTo(
                "Issue PUMP-STATION-1A: ZeroDivisionError: division by zero (unresolved, 150 events, 12 users)");
        assertThat(response.rateLimit()).isEmpty();
    }

    @Test
    void aShortIdIsSentAsTheIssueId() {
        sentry.answerFixture(200, "issue.json");

        sentry.client().getIssue(GetIssueInput.builder().issueId("PUMP-STATION-1A").build());

        assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/PUMP-STATION-1A/");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void updateIssueStatusSendsOnlyTheStatus(Mode mode) throws IOException {
        sentry.answerFixture(200, "issue-resolved.json");
        UpdateIssueStatusInput input = UpdateIssueStatusInput.builder()
                .issueId("123456").status(IssueStatus.RESOLVED).build();

        SentryResponse<Issue> response = mode.call(sentry.client(), c -> c.updateIssueStatus(input),
                c -> c.updateIssueStatus(input));

        RecordedRequest request = sentry.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(json(request)).isEqualTo(ClientJson.mapper().readTree("{\"status\":\"resolved\"}"));
        assertThat(response.data().status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(response.data().substatus()).isEmpty();
        assertThat(response.message()).isEqualTo("Issue PUMP-STATION-1A is now resolved");
    }

    @Test
    void updateIssueStatusReportsWhatSentryDidWhenItDiffersFromTheRequest() throws IOException {
        sentry.answerFixture(200, "issue-resolved.json");

        SentryResponse<Issue> response = sentry.client().updateIssueStatus(UpdateIssueStatusInput.builder()
                .issueId("123456").status(IssueStatus.RESOLVED_IN_NEXT_RELEASE).build());

        assertThat(json(sentry.take()))
                .isEqualTo(ClientJson.mapper().readTree("{\"status\":\"resolvedInNextRelease\"}"));
        assertThat(response.message()).isEqualTo("Issue PUMP-STATION-1A is now resolved (asked for"
                + " resolvedInNextRelease)");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void assignIssueSendsTheAssigneeAsGiven(Mode mode) throws IOException {
        sentry.answerFixture(200, "issue-assigned.json");
        AssignIssueInput input = AssignIssueInput.builder().issueId("123456").assignee("dev@example.com").build();

        SentryResponse<Issue> response = mode.call(sentry.client(), c -> c.assignIssue(input),
                c -> c.assignIssue(input));

        RecordedRequest request = sentry.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/");
        assertThat(json(request)).isEqualTo(ClientJson.mapper().readTree("{\"assignedTo\":\"dev@example.com\"}"));
        Actor actor = response.data().assignedTo().orElseThrow();
        assertThat(actor.type()).isEqualTo(Actor.Type.USER);
        assertThat(actor.id()).isEqualTo("42");
        assertThat(actor.name()).isEqualTo("Jane Doe");
        assertThat(actor.email()).contains("jane@example.com");
        assertThat(actor.assignee()).isEqualTo("user:42");
        assertThat(response.message()).isEqualTo(
                "Issue PUMP-STATION-1A is now assigned to user Jane Doe <jane@example.com>");
    }

    @Test
    void assignIssueSaysSoWhenSentryReportsTheIssueUnassigned() {
        sentry.answerFixture(200, "issue.json");

        SentryResponse<Issue> response = sentry.client().assignIssue(
                AssignIssueInput.builder().issueId("123456").assignee("team:7").build());

        assertThat(response.data().assignedTo()).isEmpty();
        assertThat(response.message()).isEqualTo(
                "Sentry accepted assigning issue PUMP-STATION-1A to 'team:7' but reports it unassigned");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void addCommentPostsTheText(Mode mode) throws IOException {
        sentry.answerFixture(201, "comment.json");
        AddCommentInput input = AddCommentInput.builder().issueId("123456").comment("Looking into it").build();

        SentryResponse<Comment> response = mode.call(sentry.client(), c -> c.addComment(input),
                c -> c.addComment(input));

        RecordedRequest request = sentry.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/comments/");
        assertThat(json(request)).isEqualTo(ClientJson.mapper().readTree("{\"text\":\"Looking into it\"}"));
        assertThat(response.statusCode()).isEqualTo(201);
        Comment comment = response.data();
        assertThat(comment.id()).isEqualTo("4633816001");
        assertThat(comment.text()).isEqualTo("Looking into it");
        assertThat(comment.dateCreated()).isEqualTo(Instant.parse("2024-12-07T09:30:00.123Z"));
        assertThat(comment.user().orElseThrow().name()).isEqualTo("Ops Bot");
        assertThat(comment.user().orElseThrow().username()).contains("ops-bot@example.com");
        assertThat(response.message()).isEqualTo("Added comment 4633816001 to issue 123456");
    }

    @Test
    void addCommentSendsMentionsWhenGiven() throws IOException {
        sentry.answerFixture(201, "comment.json");

        sentry.client().addComment(AddCommentInput.builder().issueId("123456").comment("Look")
                .addMentions("user:4242", "team:7").build());

        assertThat(json(sentry.take())).isEqualTo(
                ClientJson.mapper().readTree("{\"text\":\"Look\",\"mentions\":[\"user:4242\",\"team:7\"]}"));
    }

    @Test
    void aCommentWithoutAuthorOrTextStillReads() {
        sentry.answer(201, "{\"id\":\"9\",\"user\":null,\"data\":{},\"dateCreated\":\"2024-12-06T22:00:00Z\"}");

        Comment comment = sentry.client().addComment(
                AddCommentInput.builder().issueId("1").comment("x").build()).data();

        assertThat(comment.user()).isEmpty();
        assertThat(comment.text()).isEmpty();
    }

    @Test
    void responsesCarryTheRateLimitHeaders() {
        sentry.answer(200, Fixtures.read("issue.json"), Headers.of(
                "X-Sentry-Rate-Limit-Limit", "40",
                "X-Sentry-Rate-Limit-Remaining", "39",
                "X-Sentry-Rate-Limit-Reset", "1733520000",
                "X-Sentry-Rate-Limit-ConcurrentLimit", "25",
                "X-Sentry-Rate-Limit-ConcurrentRemaining", "24"));

        SentryResponse<Issue> response = sentry.client().getIssue(GetIssueInput.builder().issueId("1").build());

        var rateLimit = response.rateLimit().orElseThrow();
        assertThat(rateLimit.limit()).hasValue(40);
        assertThat(rateLimit.remaining()).hasValue(39);
        assertThat(rateLimit.reset()).contains(Instant.ofEpochSecond(1733520000L));
        assertThat(rateLimit.concurrentLimit()).hasValue(25);
        assertThat(rateLimit.concurrentRemaining()).hasValue(24);
    }

    @Test
    void aFailedFutureHoldsTheSameTypedExceptionAsTheSyncCall() {
        sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");
        sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");
        GetIssueInput input = GetIssueInput.builder().issueId("999").build();

        assertThatThrownBy(() -> sentry.client().getIssue(input)).isInstanceOf(SentryNotFoundException.class);
        CompletableFuture<SentryResponse<Issue>> future = sentry.client().async().getIssue(input);

        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(SentryNotFoundException.class)
                .hasMessageContaining("issue 999");
        assertThat(future.handle((result, failure) -> failure).join()).isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void clientsShowNoTokenInToString() {
        assertThat(sentry.client().toString()).doesNotContain(SentryServer.TOKEN).contains("acme");
        assertThat(sentry.client().config().toString()).doesNotContain(SentryServer.TOKEN).contains("****");
        assertThat(sentry.client().async().toString()).doesNotContain(SentryServer.TOKEN);
    }

    @Test
    void createTakesAConfig() {
        SentryClientConfig config = SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme")
                .baseUrl(sentry.baseUrl()).buildConfig();
        sentry.answerFixture(200, "issue.json");

        try (SentryClient client = SentryClient.create(config)) {
            assertThat(client.config()).isEqualTo(config);
            assertThat(client.getIssue(GetIssueInput.builder().issueId("1").build()).data().id()).isEqualTo("123456");
        }
    }

    @Test
    void userAgentSuffixIsAppended() {
        sentry.answerFixture(200, "issue.json");
        try (SentryClient client = sentry.clientBuilder().userAgent("triage-bot/2.1").build()) {
            client.getIssue(GetIssueInput.builder().issueId("1").build());
        }

        assertThat(sentry.take().getHeaders().get("User-Agent")).matches("sentry-client-java/\\S+ triage-bot/2\\.1");
    }

    private static JsonNode json(RecordedRequest request) throws IOException {
        return ClientJson.mapper().readTree(request.getBody().utf8());
    }
}
