package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingTest {

    private final SentryServer sentry = new SentryServer();

    @AfterEach
    void close() {
        sentry.close();
    }

    @Test
    void httpExchangesAreLoggedAtTraceWithTheTokenMasked() {
        try (LogCapture logs = LogCapture.atTrace()) {
            sentry.answerFixture(200, "issue.json");
            sentry.answerFixture(200, "issue-resolved.json");
            sentry.answerFixture(200, "issue-assigned.json");
            sentry.answerFixture(201, "comment.json");
            sentry.answer(200, "[]");
            sentry.answer(200, "[]");
            sentry.answerFixture(201, "comment.json");
            sentry.answer(401, "{\"detail\":\"Invalid token " + SentryServer.TOKEN + "\"}",
                    Headers.of("WWW-Authenticate", "Bearer " + SentryServer.TOKEN));

            SentryClient client = sentry.client();
            client.getIssue(GetIssueInput.builder().issueId("123456").build());
            client.updateIssueStatus(UpdateIssueStatusInput.builder().issueId("123456")
                    .status(IssueStatus.RESOLVED).build());
            client.assignIssue(AssignIssueInput.builder().issueId("123456").assignee("dev@example.com").build());
            client.addComment(AddCommentInput.builder().issueId("123456").comment("Investigating").build());
            client.addTag(AddTagInput.builder().issueId("123456").key("team").value("payments").build());
            assertThatThrownBy(() -> client.getIssue(GetIssueInput.builder().issueId("1").build()))
                    .isInstanceOf(SentryClientException.class);

            List<ILoggingEvent> http = logs.events().stream()
                    .filter(event -> event.getLoggerName().equals("org.zalando.logbook.Logbook")).toList();
            assertThat(http).hasSize(16);
            assertThat(http).allSatisfy(event -> assertThat(event.getLevel().toString()).isEqualTo("TRACE"));
            String text = logs.text();
            assertThat(text).containsIgnoringCase("Authorization: XXX").contains("GET http://")
                    .contains("/api/0/organizations/acme/issues/123456/").contains("\"status\":\"resolved\"")
                    .contains("Investigating");
            assertThat(text).doesNotContain(SentryServer.TOKEN);
        }
    }

    @Test
    void eachOperationLogsOneStructuredLine() {
        try (LogCapture logs = LogCapture.atTrace()) {
            sentry.answerFixture(200, "issue.json");
            sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");

            sentry.client().getIssue(GetIssueInput.builder().issueId("123456").build());
            assertThatThrownBy(() -> sentry.client().getIssue(GetIssueInput.builder().issueId("9").build()))
                    .isInstanceOf(SentryClientException.class);

            List<Map<String, Object>> lines = logs.events().stream()
                    .filter(event -> event.getLoggerName().equals(SentryClient.class.getName()))
                    .map(event -> event.getKeyValuePairs().stream()
                            .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value)))
                    .toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).containsEntry("operation", "getIssue").containsEntry("issueId", "123456")
                    .containsEntry("status", 200).containsEntry("outcome", "ok").containsKey("durationMs");
            assertThat(lines.get(1)).containsEntry("issueId", "9").containsEntry("status", 404)
                    .containsEntry("outcome", "SentryNotFoundException");
        }
    }

    @Test
    void nothingIsLoggedBelowDebug() {
        sentry.answerFixture(200, "issue.json");
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ILoggingEvent> appender = new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            sentry.client().getIssue(GetIssueInput.builder().issueId("123456").build());
        } finally {
            root.detachAppender(appender);
        }

        assertThat(appender.list).isEmpty();
    }
}
