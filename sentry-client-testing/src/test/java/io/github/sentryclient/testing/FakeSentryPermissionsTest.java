package io.github.sentryclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import org.junit.jupiter.api.Test;

/** Tokens with Sentry's scopes and kinds: what a token may not do is refused with Sentry's 403, and nothing changes. */
class FakeSentryPermissionsTest {

    private static final String DENIED = "You do not have permission to perform this action.";

    @Test
    void aReadOnlyTokenReadsButCannotWriteOrDelete() {
        try (FakeSentry fake = FakeSentry.builder().scopes("event:read").start();
                SentryClient client = fake.clientBuilder().build()) {
            Issue issue = fake.addIssue(b -> b.title("Checkout fails"));

            assertThat(client.getIssue(GetIssueInput.builder().issueId(issue.id()).build()).data().title())
                    .isEqualTo("Checkout fails");
            assertThatThrownBy(() -> client.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issue.id())
                    .status(IssueStatus.RESOLVED).build()))
                    .isInstanceOfSatisfying(SentryPermissionException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.getMessage()).contains(DENIED);
                    });
            assertThatThrownBy(() -> client.addComment(AddCommentInput.builder().issueId(issue.id())
                    .comment("Looking").build())).isInstanceOf(SentryPermissionException.class);
            assertThatThrownBy(() -> client.listProjects().items()).isInstanceOf(SentryPermissionException.class);
            assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.UNRESOLVED);
            assertThat(fake.comments(issue.id())).isEmpty();
        }
    }

    @Test
    void deletingNeedsEventAdmin() {
        try (FakeSentry fake = FakeSentry.builder().scopes("event:read", "event:write", "org:read").start();
                SentryClient client = fake.clientBuilder().build()) {
            Issue issue = fake.addIssue(b -> b.title("Checkout fails"));

            assertThat(client.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issue.id())
                    .status(IssueStatus.RESOLVED).build()).data().status()).isEqualTo(IssueStatus.RESOLVED);
            assertThat(client.listProjects().items()).isNotEmpty();
            assertThatThrownBy(() -> client.deleteIssue(issue.id())).isInstanceOf(SentryPermissionException.class);
            assertThat(fake.hasIssue(issue.id())).isTrue();
        }
    }

    @Test
    void anOrganizationTokenCannotTriageAndCannotWriteNotesWhateverItsScopes() {
        try (FakeSentry ci = FakeSentry.builder().organizationToken().start();
                SentryClient client = ci.clientBuilder().build()) {
            Issue issue = ci.addIssue(b -> b.title("Checkout fails"));

            assertThat(ci.authToken()).startsWith("sntrys_");
            assertThatThrownBy(() -> client.getIssue(GetIssueInput.builder().issueId(issue.id()).build()))
                    .isInstanceOfSatisfying(SentryPermissionException.class,
                            e -> assertThat(e.getMessage()).contains(DENIED));
        }
        try (FakeSentry key = FakeSentry.builder().organizationToken().scopes("event:read", "event:write").start();
                SentryClient client = key.clientBuilder().build()) {
            Issue issue = key.addIssue(b -> b.title("Checkout fails"));

            assertThatThrownBy(() -> client.addComment(AddCommentInput.builder().issueId(issue.id())
                    .comment("Looking").build()))
                    .isInstanceOfSatisfying(SentryPermissionException.class,
                            e -> assertThat(e.getMessage()).contains("Key doesn't have permission to create Note"));
            assertThat(key.comments(issue.id())).isEmpty();
            // Issue updates need no user, only the scope.
            assertThat(client.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issue.id())
                    .status(IssueStatus.IGNORED).build()).data().status()).isEqualTo(IssueStatus.IGNORED);
        }
    }

    @Test
    void refusesAScopeSentryDoesNotHave() {
        assertThatThrownBy(() -> FakeSentry.builder().scopes("event:read", "issues:write"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scopes: 'issues:write' is not a Sentry scope");
    }
}
