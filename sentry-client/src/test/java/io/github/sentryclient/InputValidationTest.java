package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.SentryServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid inputs fail when built, with a message naming the field and the rule, and nothing reaches Sentry. */
class InputValidationTest {

    private final SentryServer sentry = new SentryServer();

    @AfterEach
    void nothingWasSent() {
        assertThat(sentry.requestCount()).isZero();
        sentry.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/2", "1?x=1", "1#top", "..", "../1", "1 2", " 1", "1\n", "PROJ%2F1", "-1", "é1"})
    void issueIdsThatCouldChangeThePathAreRefused(String issueId) {
        assertThatThrownBy(() -> GetIssueInput.builder().issueId(issueId).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("issueId must be a numeric issue id or a short id like PROJ-1A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIssueIdsAreRefused(String issueId) {
        assertThatThrownBy(() -> UpdateIssueStatusInput.builder().issueId(issueId).status(IssueStatus.RESOLVED)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessage("issueId must not be blank");
    }

    @Test
    void tooLongIssueIdsAreRefused() {
        assertThatThrownBy(() -> GetIssueInput.builder().issueId("1".repeat(101)).build())
                .hasMessageContaining("at most 100 characters");
    }

    @Test
    void missingFieldsAreNamed() {
        assertThatThrownBy(() -> GetIssueInput.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issueId");
        assertThatThrownBy(() -> AddCommentInput.builder().issueId("1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> UpdateIssueStatusInput.builder().issueId("1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void nullValuesAreNamed() {
        assertThatThrownBy(() -> GetIssueInput.builder().issueId(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issueId");
        assertThatThrownBy(() -> UpdateIssueStatusInput.builder().issueId("1").status(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void unknownStatusIsRefused() {
        assertThatThrownBy(() -> UpdateIssueStatusInput.builder().issueId("1").status(IssueStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status must be a known status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void blankCommentsAreRefused(String comment) {
        assertThatThrownBy(() -> AddCommentInput.builder().issueId("1").comment(comment).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("comment must not be blank");
    }

    @Test
    void blankMentionsAreRefused() {
        assertThatThrownBy(() -> AddCommentInput.builder().issueId("1").comment("x").addMentions(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mentions must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankAssigneesAreRefused(String assignee) {
        assertThatThrownBy(() -> AssignIssueInput.builder().issueId("1").assignee(assignee).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("assignee must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "a=b", "emoji\u2603", "x/y", "123456789012345678901234567890123"})
    void tagKeysOutsideSentrysRuleAreRefused(String key) {
        assertThatThrownBy(() -> AddTagInput.builder().issueId("1").key(key).value("v").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("key must be 1 to 32 characters of letters, digits");
    }

    @Test
    void tagKeysWithinSentrysRuleAreAccepted() {
        assertThat(AddTagInput.builder().issueId("1").key("release.stage:eu-1_b").value("v").build().key())
                .isEqualTo("release.stage:eu-1_b");
        assertThat(AddTagInput.builder().issueId("1").key("k".repeat(32)).value("v").build().key()).hasSize(32);
    }

    @Test
    void tagValuesOutsideSentrysRuleAreRefused() {
        assertThatThrownBy(() -> AddTagInput.builder().issueId("1").key("k").value("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be empty");
        assertThatThrownBy(() -> AddTagInput.builder().issueId("1").key("k").value("v".repeat(201)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be at most 200 characters (Sentry's tag value limit), got 201");
        assertThatThrownBy(() -> AddTagInput.builder().issueId("1").key("k").value("a\nb").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not contain a line break");
        assertThatThrownBy(() -> AddTagInput.builder().issueId("1").key("k").value("a\rb").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not contain a line break");
        assertThat(AddTagInput.builder().issueId("1").key("k").value("v".repeat(200)).build().value()).hasSize(200);
    }

    @Test
    void theClientRefusesNullInputsWithoutSending() {
        assertThatThrownBy(() -> sentry.client().getIssue(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> sentry.client().async().addComment(null)).isInstanceOf(NullPointerException.class);
    }
}
