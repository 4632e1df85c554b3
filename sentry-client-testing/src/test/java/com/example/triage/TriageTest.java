package com.example.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TriageTest {

    /** The code under test: resolves an issue and leaves a note saying why. */
    static final class Triage {
        private final SentryClient sentry;

        Triage(SentryClient sentry) {
            this.sentry = sentry;
        }

        void resolve(String issueId, String why) {
            sentry.updateIssueStatus(UpdateIssueStatusInput.builder()
                    .issueId(issueId).status(IssueStatus.RESOLVED).build());
            sentry.addComment(AddCommentInput.builder().issueId(issueId).comment(why).build());
        }
    }

    // One fake Sentry for the class: a real HTTP server on a random loopback port.
    @RegisterExtension
    static final FakeSentryExtension SENTRY = new FakeSentryExtension();

    private FakeSentry fake;
    private Triage triage;

    @BeforeEach
    void setUp() {
        fake = SENTRY.fake();
        fake.reset();
        triage = new Triage(SENTRY.client());
    }

    @Test
    void resolvesTheIssueAndSaysWhy() {
        Issue issue = fake.addIssue(b -> b.title("Checkout fails").count(42));

        triage.resolve(issue.shortId(), "Fixed in 2.3.1");

        assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(fake.comments(issue.id())).extracting(Comment::text).containsExactly("Fixed in 2.3.1");
    }

    @Test
    void waitsOutSentrysRateLimit() {
        Issue issue = fake.addIssue(b -> b.title("Checkout fails"));
        fake.failNext(1, FakeSentry.Fault.RATE_LIMIT);

        triage.resolve(issue.id(), "Fixed in 2.3.1");

        assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.RESOLVED);
    }

    @Test
    void leavesTheIssueAloneWhenTheRateLimitOutlastsTheDeadline() {
        Issue issue = fake.addIssue(b -> b.title("Checkout fails"));
        fake.failNext(10, FakeSentry.Fault.RATE_LIMIT);

        try (SentryClient hurried = fake.clientBuilder().callTimeout(Duration.ofMillis(500)).build()) {
            assertThatThrownBy(() -> new Triage(hurried).resolve(issue.id(), "Fixed in 2.3.1"))
                    .isInstanceOf(SentryRateLimitException.class);
        }
        assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(fake.comments(issue.id())).isEmpty();
    }
}
