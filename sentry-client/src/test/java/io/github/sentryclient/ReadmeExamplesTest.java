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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's code, compiled and run against a local server (only the URL and token differ). */
class ReadmeExamplesTest {

    private final SentryServer sentry = new SentryServer();

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
}
