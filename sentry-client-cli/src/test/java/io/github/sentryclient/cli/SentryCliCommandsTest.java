package io.github.sentryclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each command against FakeSentry: what it changes, what it prints, and its exit status. */
class SentryCliCommandsTest {

    @RegisterExtension
    static final FakeSentryExtension SENTRY = new FakeSentryExtension();

    private FakeSentry fake;
    private Map<String, String> env;
    private Issue issue;

    @BeforeEach
    void seed() {
        fake = SENTRY.fake();
        fake.reset();
        env = Map.of("SENTRY_AUTH_TOKEN", fake.authToken(), "SENTRY_ORG", fake.orgSlug(),
                "SENTRY_URL", fake.baseUrl());
        issue = fake.addIssue(builder -> builder.shortId("SHOP-7").title("Checkout fails"));
        fake.addMember("dana@example.com", "2", "Dana Developer");
    }

    private CliRun run(String... args) {
        return CliRun.of(env, args);
    }

    @Test
    void getShowsTheIssue() {
        CliRun run = run("issue", "get", "SHOP-7");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Issue SHOP-7: Checkout fails (unresolved")
                .contains("  id          " + issue.id() + "\n", "  title       Checkout fails\n");
    }

    @ParameterizedTest(name = "issue {0}")
    @CsvSource({"resolve, RESOLVED", "ignore, IGNORED", "unresolve, UNRESOLVED"})
    void statusCommandsChangeTheStatus(String command, IssueStatus status) {
        if (status == IssueStatus.UNRESOLVED) {
            assertThat(run("issue", "resolve", "SHOP-7").status()).isZero();
        }

        CliRun run = run("issue", command, "SHOP-7");

        assertThat(run.status()).isZero();
        assertThat(fake.issue("SHOP-7").status()).isEqualTo(status);
        assertThat(run.out()).startsWith("Issue SHOP-7 is now " + status.value())
                .contains("  status      " + status.value());
    }

    @Test
    void assignAssignsTheMember() {
        CliRun run = run("issue", "assign", "SHOP-7", "dana@example.com");

        assertThat(run.status()).isZero();
        assertThat(fake.issue("SHOP-7").assignedTo()).hasValueSatisfying(actor ->
                assertThat(actor.name()).isEqualTo("Dana Developer"));
        assertThat(run.out()).contains("  assignee    Dana Developer (user:2)\n");
    }

    @Test
    void commentPostsTheText() {
        CliRun run = run("issue", "comment", "SHOP-7", "Rolled back the 4.2 deploy");

        assertThat(run.status()).isZero();
        Comment posted = fake.comments("SHOP-7").get(0);
        assertThat(posted.text()).isEqualTo("Rolled back the 4.2 deploy");
        assertThat(run.out()).contains("  comment id  " + posted.id() + "\n",
                "  text        Rolled back the 4.2 deploy\n", "  author      ");
    }

    @Test
    void commentAsJson() throws Exception {
        CliRun run = run("issue", "comment", "SHOP-7", "json please", "--json");

        JsonNode comment = CliJson.mapper().readTree(run.out());
        assertThat(comment.get("text").asText()).isEqualTo("json please");
        assertThat(comment.get("id").asText()).isEqualTo(fake.comments("SHOP-7").get(0).id());
        assertThat(comment.has("dateCreated")).isTrue();
    }

    @Test
    void tagConfirmsAnEventTagAndWritesNothing() {
        fake.addEventTag(issue.id(), "environment", "production");

        CliRun run = run("issue", "tag", "SHOP-7", "environment", "production");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("  source   EVENT_TAG\n", "  events   1\n", "  created  false\n");
        assertThat(fake.comments("SHOP-7")).isEmpty();
    }

    @Test
    void tagRecordsALabelCommentOnce() throws Exception {
        CliRun first = run("issue", "tag", "SHOP-7", "team", "payments");
        CliRun second = run("issue", "tag", "SHOP-7", "team", "payments", "--json");

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("  source      LABEL_COMMENT\n", "  created     true\n");
        JsonNode again = CliJson.mapper().readTree(second.out());
        assertThat(again.get("source").asText()).isEqualTo("LABEL_COMMENT");
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(fake.comments("SHOP-7")).hasSize(1);
    }

    @Test
    void issuesListShowsTheUnresolvedIssuesAsATable() {
        fake.addIssue(builder -> builder.shortId("SHOP-8").title("Cart empties").count(3).userCount(2));
        fake.addIssue(builder -> builder.shortId("SHOP-9").title("Old bug").status(IssueStatus.RESOLVED));

        CliRun run = run("issues", "list");

        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("SHORT ID +STATUS +EVENTS +USERS +LAST SEEN +TITLE");
        assertThat(lines).anyMatch(line -> line.matches("SHOP-8 +unresolved +3 +2 +\\S+ +Cart empties"))
                .anyMatch(line -> line.startsWith("SHOP-7 ") && line.endsWith(" Checkout fails"))
                .noneMatch(line -> line.contains("SHOP-9"))
                .endsWith("2 issues");
        assertThat(fake.exchanges().get(0).query()).contains("query=is%3Aunresolved");
    }

    @Test
    void issuesListTakesAQueryALimitAndJson() throws Exception {
        fake.addIssue(builder -> builder.shortId("SHOP-9").title("Old bug").status(IssueStatus.RESOLVED));

        CliRun resolved = run("issues", "list", "--query", "is:resolved");
        CliRun one = run("issues", "list", "--query", "", "--limit", "1");
        CliRun json = run("issues", "list", "--json");

        assertThat(resolved.out()).contains("SHOP-9").doesNotContain("SHOP-7").endsWith("1 issue\n");
        assertThat(one.out()).endsWith("1 issue\n");
        JsonNode list = CliJson.mapper().readTree(json.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("shortId").asText()).isEqualTo("SHOP-7");
    }

    @Test
    void issuesListReadsPageAfterPageUpToTheLimit() {
        for (int i = 0; i < 120; i++) {
            fake.addIssue(builder -> builder.title("Flaky test"));
        }

        CliRun run = run("issues", "list", "--limit", "110");

        assertThat(run.status()).isZero();
        assertThat(run.out()).endsWith("110 issues\n");
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void issuesListRejectsALimitBelowOne() {
        CliRun run = run("issues", "list", "--limit", "0");

        assertThat(run.status()).isEqualTo(SentryCli.USAGE);
        assertThat(run.err()).contains("--limit must be at least 1, got 0");
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void anUnknownIssueExitsWithNotFound() {
        CliRun run = run("issue", "resolve", "NOPE-1");

        assertThat(run.status()).isEqualTo(SentryCli.NOT_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void aWrongTokenExitsWithAuthenticationAndIsNotEchoed() {
        CliRun run = run("issue", "get", "SHOP-7", "--token", "sntryu_wrong_token_123");

        assertThat(run.status()).isEqualTo(SentryCli.AUTHENTICATION);
        assertThat(run.out() + run.err()).doesNotContain("sntryu_wrong_token_123").doesNotContain(fake.authToken());
    }

    @Test
    void rateLimitingExitsWithRateLimited() {
        fake.failNext(20, FakeSentry.Fault.RATE_LIMIT);

        CliRun run = run("issue", "get", "SHOP-7", "--timeout", "1");

        assertThat(run.status()).isEqualTo(SentryCli.RATE_LIMITED);
        assertThat(run.err()).startsWith("error: ").contains("rate limit");
        assertThat(run("issue", "get", "SHOP-7", "--timeout", "0").err()).contains("--timeout must be at least 1");
    }

    @Test
    void aServerErrorExitsWithOtherFailure() {
        fake.failNext(20, FakeSentry.Fault.SERVER_ERROR);

        CliRun run = run("issue", "comment", "SHOP-7", "hello");

        assertThat(run.status()).isEqualTo(SentryCli.FAILURE);
        assertThat(fake.comments("SHOP-7")).isEmpty();
    }
}
