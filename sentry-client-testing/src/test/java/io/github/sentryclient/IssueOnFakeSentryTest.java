package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.Actor;
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
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client end to end against FakeSentry, on one issue, sync and async: get, update the status, assign, comment
 * and tag, and the typed failures.
 */
class IssueOnFakeSentryTest {

    @RegisterExtension
    static final FakeSentryExtension SENTRY = new FakeSentryExtension();

    private FakeSentry fake;
    private Issue issue;

    /** Runs an operation either through the sync client or through the async client (unwrapping the future). */
    interface Mode {
        <T> T run(Function<SentryClient, T> sync, Function<SentryAsyncClient, CompletableFuture<T>> async);
    }

    static Stream<Mode> modes() {
        Mode sync = new Mode() {
            @Override
            public <T> T run(Function<SentryClient, T> s, Function<SentryAsyncClient, CompletableFuture<T>> a) {
                return s.apply(SENTRY.client());
            }

            @Override
            public String toString() {
                return "sync";
            }
        };
        Mode async = new Mode() {
            @Override
            public <T> T run(Function<SentryClient, T> s, Function<SentryAsyncClient, CompletableFuture<T>> a) {
                try {
                    return a.apply(SENTRY.client().async()).get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw (RuntimeException) e.getCause();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String toString() {
                return "async";
            }
        };
        return Stream.of(sync, async);
    }

    @BeforeEach
    void seed() {
        fake = SENTRY.fake();
        fake.reset();
        fake.addMember("jane@example.com", "42", "Jane Doe");
        issue = fake.addIssue(b -> b.id("1001").shortId("BACKEND-1A").title("Checkout fails").count(150)
                .userCount(12));
    }

    @ParameterizedTest
    @MethodSource("modes")
    void getsAnIssueByIdAndByShortId(Mode mode) {
        SentryResponse<Issue> byId = mode.run(c -> c.getIssue(get("1001")), c -> c.getIssue(get("1001")));
        SentryResponse<Issue> byShortId = mode.run(c -> c.getIssue(get("backend-1a")),
                c -> c.getIssue(get("backend-1a")));

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.data()).isEqualTo(issue);
        assertThat(byShortId.data().id()).isEqualTo("1001");
        assertThat(byId.message()).isEqualTo("Issue BACKEND-1A: Checkout fails (unresolved, 150 events, 12 users)");
        assertThat(byId.rateLimit()).hasValueSatisfying(limit -> assertThat(limit.limit()).hasValue(40));
        assertThat(fake.exchanges()).extracting(FakeSentry.Exchange::path).containsExactly(
                "/api/0/organizations/acme/issues/1001/", "/api/0/organizations/acme/issues/backend-1a/");
    }

    @ParameterizedTest
    @MethodSource("modes")
    void updatesTheStatusWithAPartialPut(Mode mode) {
        UpdateIssueStatusInput input = UpdateIssueStatusInput.builder().issueId("1001")
                .status(IssueStatus.RESOLVED_IN_NEXT_RELEASE).build();

        SentryResponse<Issue> response = mode.run(c -> c.updateIssueStatus(input), c -> c.updateIssueStatus(input));

        assertThat(response.data().status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(response.message()).isEqualTo("Issue BACKEND-1A is now resolved (asked for resolvedInNextRelease)");
        assertThat(fake.issue("1001").status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(fake.issue("1001").title()).isEqualTo("Checkout fails");
        assertThat(fake.exchanges().get(0).body()).isEqualTo("{\"status\":\"resolvedInNextRelease\"}");
    }

    @ParameterizedTest
    @MethodSource("modes")
    void assignsByEveryIdentifierSentryAccepts(Mode mode) {
        for (String assignee : new String[] {"user:42", "42", "jane@example.com", "JANE@example.com"}) {
            AssignIssueInput input = AssignIssueInput.builder().issueId("1001").assignee(assignee).build();

            SentryResponse<Issue> response = mode.run(c -> c.assignIssue(input), c -> c.assignIssue(input));

            assertThat(response.data().assignedTo()).map(Actor::id).hasValue("42");
            assertThat(response.message()).isEqualTo("Issue BACKEND-1A is now assigned to user Jane Doe"
                    + " <jane@example.com>");
        }
        assertThat(fake.issue("1001").assignedTo()).map(Actor::assignee).hasValue("user:42");
    }

    @ParameterizedTest
    @MethodSource("modes")
    void refusesANonMemberAssigneeWithSentrysFieldError(Mode mode) {
        AssignIssueInput input = AssignIssueInput.builder().issueId("1001").assignee("bob@example.com").build();

        assertThatThrownBy(() -> mode.run(c -> c.assignIssue(input), c -> c.assignIssue(input)))
                .isInstanceOfSatisfying(SentryValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.fieldErrors()).containsEntry("assignedTo",
                            java.util.List.of("Cannot assign to non-team member"));
                });
        assertThat(fake.issue("1001").assignedTo()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modes")
    void addsACommentAndRefusesTheSameCommentAgain(Mode mode) {
        AddCommentInput input = AddCommentInput.builder().issueId("BACKEND-1A").comment("Looking into it")
                .addMentions("user:42").build();

        SentryResponse<Comment> response = mode.run(c -> c.addComment(input), c -> c.addComment(input));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.data().text()).isEqualTo("Looking into it");
        assertThat(response.data().user()).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo("1"));
        assertThat(fake.comments("1001")).extracting(Comment::id).containsExactly(response.data().id());
        assertThat(fake.issue("1001").numComments()).isEqualTo(1);
        assertThatThrownBy(() -> mode.run(c -> c.addComment(input), c -> c.addComment(input)))
                .isInstanceOfSatisfying(SentryValidationException.class, e -> assertThat(e.detail())
                        .isEqualTo("You have already posted that comment."));
    }

    @ParameterizedTest
    @MethodSource("modes")
    void addTagFindsAnEventTagAndWritesNothing(Mode mode) {
        fake.addEventTag("1001", "environment", "staging");
        fake.addEventTag("1001", "environment", "production");
        fake.addEventTag("1001", "environment", "production");
        AddTagInput input = AddTagInput.builder().issueId("1001").key("environment").value("production").build();

        SentryResponse<TagResult> response = mode.run(c -> c.addTag(input), c -> c.addTag(input));

        assertThat(response.data().source()).isEqualTo(TagSource.EVENT_TAG);
        assertThat(response.data().eventCount()).hasValue(2L);
        assertThat(response.data().created()).isFalse();
        assertThat(fake.comments("1001")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modes")
    void addTagWritesALabelCommentOnceWhenNoEventCarriesTheTag(Mode mode) {
        AddTagInput input = AddTagInput.builder().issueId("1001").key("team").value("payments").build();

        SentryResponse<TagResult> first = mode.run(c -> c.addTag(input), c -> c.addTag(input));
        SentryResponse<TagResult> second = mode.run(c -> c.addTag(input), c -> c.addTag(input));

        assertThat(first.data().source()).isEqualTo(TagSource.LABEL_COMMENT);
        assertThat(first.data().created()).isTrue();
        assertThat(second.data().created()).isFalse();
        assertThat(second.data().commentId()).isEqualTo(first.data().commentId());
        assertThat(fake.comments("1001")).singleElement().satisfies(comment -> assertThat(comment.text())
                .startsWith("[label] team=payments\n"));
    }

    @ParameterizedTest
    @MethodSource("modes")
    void addTagPagesThroughCommentsToFindAnOlderLabel(Mode mode) {
        AddTagInput input = AddTagInput.builder().issueId("1001").key("team").value("payments").build();
        mode.run(c -> c.addTag(input), c -> c.addTag(input));
        for (int i = 0; i < 120; i++) {
            SENTRY.client().addComment(AddCommentInput.builder().issueId("1001").comment("note " + i).build());
        }
        int before = fake.requestCount();

        SentryResponse<TagResult> again = mode.run(c -> c.addTag(input), c -> c.addTag(input));

        assertThat(again.data().created()).isFalse();
        assertThat(fake.comments("1001")).hasSize(121);
        assertThat(fake.exchanges().subList(before, fake.requestCount()))
                .extracting(FakeSentry.Exchange::query)
                .containsExactly("", "", "cursor=0%3A100%3A0");
    }

    @Test
    void unknownIssuesAndWrongTokensAreTypedFailures() {
        assertThatThrownBy(() -> SENTRY.client().getIssue(get("BACKEND-ZZ")))
                .isInstanceOf(SentryNotFoundException.class);
        try (SentryClient wrong = fake.clientBuilder().authToken("sntryu_wrong").build()) {
            assertThatThrownBy(() -> wrong.getIssue(get("1001")))
                    .isInstanceOfSatisfying(SentryAuthenticationException.class, e -> assertThat(e.detail())
                            .isEqualTo("Invalid token"));
        }
        try (SentryClient otherOrg = fake.clientBuilder().orgSlug("globex").build()) {
            assertThatThrownBy(() -> otherOrg.getIssue(get("1001"))).isInstanceOf(SentryNotFoundException.class);
        }
    }

    @Test
    void faultsReachTheCallerAsTypedExceptions() {
        // Each fault outlasts any retries the client makes, so the caller sees it either way; a 429 is waited out
        // until the call's deadline, which is short here.
        fake.failNext(20, FakeSentry.Fault.RATE_LIMIT);
        try (SentryClient hurried = fake.clientBuilder().callTimeout(java.time.Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> hurried.getIssue(get("1001")))
                    .isInstanceOfSatisfying(SentryRateLimitException.class, e -> {
                        assertThat(e.detail()).startsWith("You are attempting to use this endpoint too frequently.");
                        assertThat(e.retryAfter()).isPresent();
                    });
        }
        fake.failNext(0, FakeSentry.Fault.RATE_LIMIT);
        fake.failNext(20, FakeSentry.Fault.SERVER_ERROR);
        assertThatThrownBy(() -> SENTRY.client().getIssue(get("1001")))
                .isInstanceOfSatisfying(SentryServerException.class, e -> assertThat(e.detail())
                        .isEqualTo("Internal Error"));
        fake.failNext(20, FakeSentry.Fault.BAD_GATEWAY);
        assertThatThrownBy(() -> SENTRY.client().getIssue(get("1001")))
                .isInstanceOfSatisfying(SentryServerException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(502));
        fake.failNext(20, FakeSentry.Fault.DROP_CONNECTION);
        assertThatThrownBy(() -> SENTRY.client().getIssue(get("1001"))).isInstanceOf(SentryTransportException.class);
        fake.failNext(0, FakeSentry.Fault.DROP_CONNECTION);
        assertThat(SENTRY.client().getIssue(get("1001")).statusCode()).isEqualTo(200);
    }

    private static GetIssueInput get(String id) {
        return GetIssueInput.builder().issueId(id).build();
    }
}
