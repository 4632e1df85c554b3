package com.example.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.RetryPolicy;
import io.github.sentryclient.SentryRegion;
import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README blocks as they stand, word for word, including their imports: each is compiled here, and run where it
 * can run without the network (the others talk to sentry.io or read the real environment, so they are compiled
 * only; {@code ReadmeExamplesTest} runs the same calls against a local server).
 */
class ReadmeSnippetsTest {

    /** The quick start, compiled: it talks to sentry.io with the token from the environment. */
    static void quickStart() {
        try (SentryClient client = SentryClient.builder()
                .authToken(System.getenv("SENTRY_AUTH_TOKEN"))
                .orgSlug("your-org")
                .projectSlug("your-project")
                .baseUrl("https://sentry.io")          // optional, this is the default
                .build()) {

            SentryResponse<Issue> issue = client.getIssue(GetIssueInput.builder().issueId("123456").build());
            System.out.println(issue.message());
            // Issue PROJ-1A: ZeroDivisionError ... (unresolved, 150 events, 12 users)

            SentryResponse<Comment> comment = client.addComment(
                    AddCommentInput.builder().issueId("123456").comment("Investigating after the latest deploy")
                            .build());
            System.out.println(comment.data().id());

            client.updateIssueStatus(
                    UpdateIssueStatusInput.builder().issueId("123456").status(IssueStatus.RESOLVED).build());
        }
    }

    /** Regions and self-hosted Sentry, compiled: discoverRegion() asks sentry.io when the client is built. */
    static void regions(String token) {
        SentryClient eu = SentryClient.builder().authToken(token).orgSlug("acme")
                .region(SentryRegion.DE)                     // https://de.sentry.io; SentryRegion.US is https://us.sentry.io
                .build();
        SentryClient selfHosted = SentryClient.builder().authToken(token).orgSlug("acme")
                .baseUrl("https://sentry.example.com")       // any self-hosted Sentry
                .build();
        SentryClient discovered = SentryClient.builder().authToken(token).orgSlug("acme")
                .discoverRegion()                            // asks Sentry where the organization lives
                .build();
        eu.close();
        selfHosted.close();
        discovered.close();
    }

    /** Configuration from the environment, compiled here; run below where the variables are missing. */
    static SentryClient configuration() {
        SentryClient client = SentryClient.builder().fromEnv().build();
        return client;
    }

    @Test
    void configurationFromAnEnvironmentWithoutTheVariablesNamesTheMissingOne() {
        if (System.getenv("SENTRY_AUTH_TOKEN") == null) {
            assertThatThrownBy(ReadmeSnippetsTest::configuration)
                    .hasMessage("environment variable SENTRY_AUTH_TOKEN is not set");
        } else {
            try (SentryClient client = configuration()) {
                assertThat(client.config().authToken()).isEqualTo(System.getenv("SENTRY_AUTH_TOKEN"));
            }
        }
    }

    @Test
    void reliabilitySettings() {
        String token = SentryServer.TOKEN;

        // README: Reliability
        SentryClient client = SentryClient.builder()
                .authToken(token).orgSlug("acme")
                .maxRetries(3)                              // the default; 0 to 10
                .retryPolicy(RetryPolicy.builder()          // or RetryPolicy.none() to never retry
                        .backoffBase(Duration.ofMillis(500))
                        .backoffCap(Duration.ofSeconds(8))
                        .build())
                .callTimeout(Duration.ofSeconds(60))        // one call, retries and waits included
                .maxResponseBytes(16L * 1024 * 1024)        // larger answers fail with SentryResponseException
                .build();
        client.rateLimit();                                 // the latest X-Sentry-Rate-Limit-* values, if any

        assertThat(client.config().maxRetries()).isEqualTo(3);
        assertThat(client.config().retryPolicy().backoffCap()).isEqualTo(Duration.ofSeconds(8));
        assertThat(client.rateLimit()).isEmpty();
        client.close();
    }

    @Test
    void asyncPagingThroughEveryIssue() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            String next = SentryServer.link("https://acme.sentry.io/api/0/organizations/acme/issues/?query=",
                    "0:0:1", false, "0:100:0", true);
            sentry.answerPage("breadth/issue-list.json", next).answerFixture(200, "breadth/issue-list.json");
            SentryClient client = sentry.client();

            // README: Listing and paging (async)
            client.async().listIssues(ListIssuesInput.builder().build())
                    .thenCompose(first -> first.forEachAsync(issue -> System.out.println(issue.shortId())))
                    .thenAccept(count -> System.out.println(count + " issues"));
            // or page by page: first.nextPageAsync()

            assertThat(sentry.server().takeRequest(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(sentry.server().takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("cursor"))
                    .isEqualTo("0:100:0");
        }
    }
}
