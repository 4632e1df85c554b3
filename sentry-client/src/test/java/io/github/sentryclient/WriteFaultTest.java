package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.support.Fixtures;
import io.github.sentryclient.support.SentryServer;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Writes whose exchange breaks midway: what the caller hears and what reached the server. A label is never posted
 * twice, a comment whose body was cut is not sent again, and a bulk change whose answer was lost is repeated only
 * because the same change applied twice changes nothing more.
 */
class WriteFaultTest {

    private static final String NO_SUCH_KEY = "{\"detail\":\"The requested resource does not exist\"}";
    private static final String LABEL = "{\"id\":\"777\",\"user\":null,\"type\":\"note\","
            + "\"data\":{\"text\":\"[label] team=payments\\nRecorded by sentry-client\"},"
            + "\"dateCreated\":\"2026-03-01T12:00:00Z\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTiming timing = new FakeTiming();

    private SentryClient client() {
        return SentryServer.clientFor(server).timing(timing).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse answerLost() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            requests.add(server.takeRequest());
        }
        return requests;
    }

    private static AddTagInput tag() {
        return AddTagInput.builder().issueId("123456").key("team").value("payments").build();
    }

    @Test
    void aLabelWhoseAnswerWasLostIsFoundByTheNextAddTagAndNotPostedAgain() throws Exception {
        // First addTag: no event carries the key, no label yet, the label's answer is lost.
        server.enqueue(json(404, NO_SUCH_KEY));
        server.enqueue(json(200, "[]"));
        server.enqueue(answerLost());
        // The caller tries again: the label was stored after all.
        server.enqueue(json(404, NO_SUCH_KEY));
        server.enqueue(json(200, "[" + LABEL + "]"));

        try (SentryClient client = client()) {
            SentryTransportException lost = catchThrowableOfType(SentryTransportException.class,
                    () -> client.addTag(tag()));
            SentryResponse<TagResult> again = client.addTag(tag());

            assertThat(lost.method()).isEqualTo("POST");
            assertThat(again.data().source()).isEqualTo(TagSource.LABEL_COMMENT);
            assertThat(again.data().created()).isFalse();
            assertThat(again.data().commentId()).contains("777");
        }
        assertThat(requests()).extracting(RecordedRequest::getMethod)
                .containsExactly("GET", "GET", "POST", "GET", "GET");
    }

    @Test
    void addTagPostsNothingWhenReadingTheCommentsFailsMidway() throws Exception {
        String next = SentryServer.link("https://acme.sentry.io/api/0/organizations/acme/issues/123456/comments/?",
                "0:0:1", false, "0:100:0", true);
        server.enqueue(json(404, NO_SUCH_KEY));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Link", next).body("[]").build());
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "{\"detail\":\"Internal Error\"}"));
        }

        try (SentryClient client = client()) {
            assertThat(catchThrowableOfType(SentryServerException.class, () -> client.addTag(tag())).statusCode())
                    .isEqualTo(500);
        }
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsOnly("GET").hasSize(3);
    }

    @Test
    void aCommentWhoseBodyWasCutWhileSendingIsNotSentAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(201, SentryServer.commentJson("78", "never")));

        try (SentryClient client = client()) {
            SentryTransportException e = catchThrowableOfType(SentryTransportException.class,
                    () -> client.addComment(SentryServer.comment("123456", "deploy rolled back")));
            assertThat(e.statusCode()).isZero();
            assertThat(e.getMessage()).contains("POST /api/0/organizations/acme/issues/123456/comments/");
        }
        // The cut request may or may not be counted by the server, depending on how far it got; it is never repeated.
        assertThat(server.getRequestCount()).as("comment POSTs that reached the server").isLessThanOrEqualTo(1);
    }

    @Test
    void aBulkUpdateWhoseAnswerWasLostIsRepeatedWithTheSameChange() throws Exception {
        server.enqueue(json(200, Fixtures.read("breadth/issue-list.json")));
        server.enqueue(answerLost());
        server.enqueue(json(200, Fixtures.read("breadth/bulk-update-delta.json")));

        SentryResponse<BulkUpdateResult> response;
        try (SentryClient client = client()) {
            response = client.bulkUpdateIssues(BulkUpdateIssuesInput.builder().addIssueIds("4501", "4502")
                    .status(IssueStatus.RESOLVED).build());
        }

        assertThat(response.data().matched()).isTrue();
        List<RecordedRequest> requests = requests().subList(1, 3);
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("PUT", "PUT");
        assertThat(requests).extracting(request -> request.getUrl().encodedQuery())
                .containsOnly("id=4501&id=4502&project=7");
        assertThat(requests).extracting(request -> request.getBody().utf8())
                .containsOnly("{\"status\":\"resolved\"}");
    }
}
