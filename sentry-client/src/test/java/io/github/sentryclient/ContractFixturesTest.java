package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.SentryServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract suite's fixtures ({@link ContractFixtures}) as answers: getting, resolving and assigning an issue,
 * commenting and tagging, sync and async, read into the results a caller gets.
 */
class ContractFixturesTest {

    private final SentryServer sentry = new SentryServer();
    private final MockWebServer server = sentry.server();
    private final SentryClient client = sentry.client();

    @AfterEach
    void stop() {
        sentry.close();
    }

    private <T> T run(boolean async, Function<SentryClient, T> sync,
            Function<SentryAsyncClient, CompletableFuture<T>> asyncCall) throws Exception {
        return async ? asyncCall.apply(client.async()).get(10, TimeUnit.SECONDS) : sync.apply(client);
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            requests.add(server.takeRequest());
        }
        return requests;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void getIssue(boolean async) throws Exception {
        server.enqueue(ContractFixtures.ISSUE.response());
        GetIssueInput input = GetIssueInput.builder().issueId("123456").build();

        SentryResponse<Issue> response = run(async, c -> c.getIssue(input), c -> c.getIssue(input));

        assertThat(response.data().shortId()).isEqualTo("PUMP-STATION-1A");
        assertThat(response.data().count()).isEqualTo(150);
        RecordedRequest request = requests().get(0);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo(ContractFixtures.ISSUE.path());
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void updateIssueStatus(boolean async) throws Exception {
        server.enqueue(ContractFixtures.ISSUE_RESOLVED.response());
        UpdateIssueStatusInput input = UpdateIssueStatusInput.builder().issueId("123456")
                .status(IssueStatus.RESOLVED).build();

        SentryResponse<Issue> response = run(async, c -> c.updateIssueStatus(input), c -> c.updateIssueStatus(input));

        assertThat(response.data().status()).isEqualTo(IssueStatus.RESOLVED);
        RecordedRequest request = requests().get(0);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getBody().utf8()).isEqualTo("{\"status\":\"resolved\"}");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void assignIssue(boolean async) throws Exception {
        server.enqueue(ContractFixtures.ISSUE_ASSIGNED.response());
        AssignIssueInput input = AssignIssueInput.builder().issueId("123456").assignee("jane@example.com").build();

        SentryResponse<Issue> response = run(async, c -> c.assignIssue(input), c -> c.assignIssue(input));

        assertThat(response.data().assignedTo()).hasValueSatisfying(actor -> assertThat(actor.id()).isEqualTo("42"));
        assertThat(requests().get(0).getBody().utf8()).isEqualTo("{\"assignedTo\":\"jane@example.com\"}");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void addComment(boolean async) throws Exception {
        server.enqueue(ContractFixtures.COMMENT.response());
        AddCommentInput input = AddCommentInput.builder().issueId("123456").comment("Looking into it").build();

        SentryResponse<Comment> response = run(async, c -> c.addComment(input), c -> c.addComment(input));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.data().text()).isEqualTo("Looking into it");
        RecordedRequest request = requests().get(0);
        assertThat(request.getUrl().encodedPath()).isEqualTo(ContractFixtures.COMMENT.path());
        assertThat(request.getBody().utf8()).isEqualTo("{\"text\":\"Looking into it\"}");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void addTagFindsTheEventTag(boolean async) throws Exception {
        server.enqueue(ContractFixtures.TAG_VALUES.response());
        AddTagInput input = AddTagInput.builder().issueId("123456").key("environment").value("staging").build();

        SentryResponse<TagResult> response = run(async, c -> c.addTag(input), c -> c.addTag(input));

        assertThat(response.data().source()).isEqualTo(TagSource.EVENT_TAG);
        assertThat(response.data().eventCount()).hasValue(30L);
        assertThat(requests()).extracting(r -> r.getUrl().encodedPath())
                .containsExactly(ContractFixtures.TAG_VALUES.path());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void addTagFindsAnExistingLabel(boolean async) throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"The requested resource does not"
                + " exist\"}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("[" + ContractFixtures.COMMENT_LABEL.body() + "]")
                .build());
        AddTagInput input = AddTagInput.builder().issueId("123456").key("team").value("payments").build();

        SentryResponse<TagResult> response = run(async, c -> c.addTag(input), c -> c.addTag(input));

        assertThat(response.data().source()).isEqualTo(TagSource.LABEL_COMMENT);
        assertThat(response.data().commentId()).hasValue("4633816002");
        assertThat(response.data().created()).isFalse();
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void addTagPostsALabelComment(boolean async) throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"The requested resource does not"
                + " exist\"}").build());
        server.enqueue(ContractFixtures.COMMENTS.response());
        server.enqueue(ContractFixtures.COMMENT_LABEL.response());
        AddTagInput input = AddTagInput.builder().issueId("123456").key("team").value("payments").build();

        SentryResponse<TagResult> response = run(async, c -> c.addTag(input), c -> c.addTag(input));

        assertThat(response.data().created()).isTrue();
        assertThat(response.statusCode()).isEqualTo(201);
        List<RecordedRequest> requests = requests();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET", "POST");
        assertThat(requests.get(2).getBody().utf8()).startsWith("{\"text\":\"[label] team=payments\\n");
    }
}
