package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.support.Fixtures;
import io.github.sentryclient.support.SentryServer;
import org.junit.jupiter.api.Test;

/**
 * A write Sentry applied is not reported as failed because a display field of its answer cannot be read: the field
 * is absent, a WARN line names it; only a body that cannot be read at all fails, with the status it came with.
 */
class DriftingAnswerTest {

    @Test
    void aFieldOfTheWrongTypeIsReadAsAbsentAndNamedInAWarning() {
        String drifted = Fixtures.read("issue-resolved.json").replace("\"count\": \"150\"", "\"count\": \"many\"")
                .replace("\"userCount\": 12", "\"userCount\": {\"total\": 12}");
        Issue issue;
        String logs;
        try (SentryServer sentry = new SentryServer(); LogCapture capture = LogCapture.atTrace()) {
            sentry.answer(200, drifted);
            issue = sentry.client().updateIssueStatus(resolve("123456")).data();
            logs = capture.text();
        }

        assertThat(issue.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(issue.count()).isZero();
        assertThat(issue.userCount()).isZero();
        assertThat(logs).contains("field 'count' is 'many' where long was expected; it is read as absent")
                .contains("field 'userCount' is a {");
    }

    @Test
    void aBodyThatIsNotJsonAtAllStillFailsWithItsStatus() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, "<html>maintenance</html>");
            assertThatThrownBy(() -> sentry.client().updateIssueStatus(resolve("123456")))
                    .isInstanceOfSatisfying(SentryResponseException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(200));
        }
    }
}
