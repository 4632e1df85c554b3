package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.support.SentryServer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A delete whose answer was lost: the retry finds the thing gone. The first attempt most likely deleted it, so the
 * caller hears "deleted, or already gone", never "not found"; a 404 with no such earlier attempt is still an error.
 */
class DeleteRetryTest {

    private static final String NOT_FOUND = "{\"detail\":\"The requested resource does not exist\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTiming timing = new FakeTiming();

    private SentryClient client() {
        return SentryServer.clientFor(server).timing(timing).build();
    }

    private static MockResponse dropAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private static MockResponse notFound() {
        return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json").body(NOT_FOUND)
                .build();
    }

    @Test
    void anIssueDeleteWhoseAnswerWasLostAndIsThenGoneIsReportedDeletedOrGone() throws Exception {
        server.enqueue(dropAfterRequest());
        server.enqueue(notFound());
        server.enqueue(dropAfterRequest());
        server.enqueue(notFound());

        try (SentryClient client = client()) {
            SentryResponse<String> sync = client.deleteIssue("4501");
            SentryResponse<String> async = client.async().deleteIssue("4501").get();

            for (SentryResponse<String> response : java.util.List.of(sync, async)) {
                assertThat(response.data()).isEqualTo("4501");
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.message()).isEqualTo("Issue 4501 is deleted, or was already gone: an earlier"
                        + " attempt got no answer and most likely deleted it, and the retry found nothing");
            }
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        }
    }

    @Test
    void aCommentDeleteWhoseAnswerWasLostAndIsThenGoneIsReportedDeletedOrGone() throws Exception {
        server.enqueue(dropAfterRequest());
        server.enqueue(notFound());

        try (SentryClient client = client()) {
            SentryResponse<String> response = client.deleteComment(DeleteCommentInput.builder().issueId("4501")
                    .commentId("90210").build());

            assertThat(response.data()).isEqualTo("90210");
            assertThat(response.message()).startsWith("Comment 90210 on issue 4501 is deleted, or was already gone");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDeleteAnswered404AtOnceIsNotFound() {
        server.enqueue(notFound());

        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.deleteIssue("4501")).isInstanceOf(SentryNotFoundException.class)
                    .hasMessageContaining("issue 4501 was not found");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDeleteRefusedWith429BeforeThe404WasNeverApplied() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                .body("\"Rate limit exceeded\"").build());
        server.enqueue(notFound());

        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.deleteIssue("4501")).isInstanceOf(SentryNotFoundException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadThatIsGoneAfterALostAnswerIsStillNotFound() {
        server.enqueue(dropAfterRequest());
        server.enqueue(notFound());

        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(SentryServer.get("4501")))
                    .isInstanceOf(SentryNotFoundException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
