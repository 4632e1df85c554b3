package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.support.SentryServer;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class CommentsTest {

    private static final String BASE = "https://acme.sentry.io/api/0/organizations/acme/issues/4501/comments/?";

    @Test
    void listsCommentsPageByPage() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/comments.json", SentryServer.link(BASE, "0:0:1", false, "0:100:0", true));
            sentry.answerPage("breadth/comments.json", SentryServer.link(BASE, "0:0:1", false, "0:100:0", true));
            sentry.answerPage("breadth/comments.json", SentryServer.link(BASE, "0:0:1", true, "0:200:0", false));

            Page<Comment> first = sentry.client().listComments("4501");
            Page<Comment> second = sentry.client().async().listComments("4501").get().nextPageAsync().get();

            assertThat(first.items()).extracting(Comment::id).containsExactly("90210", "90177");
            Comment newest = first.items().get(0);
            assertThat(newest.text()).isEqualTo("Rolled back checkout@2.14.1, watching the rate.");
            assertThat(newest.dateCreated()).isEqualTo(Instant.parse("2026-11-26T08:10:00.512Z"));
            assertThat(newest.user().get().email()).contains("dana@acme.example");
            assertThat(first.items().get(1).user()).isEmpty();
            assertThat(first.message()).isEqualTo("Listed 2 of 2 comments on issue 4501; more on the next page");
            assertThat(second.cursor()).contains("0:100:0");
            assertThat(second.hasNextPage()).isFalse();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/comments/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4501/comments/");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/4501/comments/?cursor=0%3A100%3A0");
        }
    }

    @Test
    void addsACommentWithMentions() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(201, "breadth/comment-updated.json")
                    .answerFixture(201, "breadth/comment-updated.json");

            sentry.client().addComment(AddCommentInput.builder().issueId("4501").comment("Payments, please look")
                    .addMentions("team:12", "user:88").build());
            sentry.client().addComment(AddCommentInput.builder().issueId("4501").comment("No mentions").build());

            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"text\":\"Payments, please look\",\"mentions\":[\"team:12\",\"user:88\"]}");
            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"text\":\"No mentions\"}");
        }
    }

    @Test
    void editsAndDeletesAComment() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/comment-updated.json").answerEmpty(204)
                    .answerFixture(200, "breadth/comment-updated.json")
                    .answerEmpty(204);
            UpdateCommentInput edit = UpdateCommentInput.builder().issueId("CHECKOUT-2F").commentId("90210")
                    .comment("Rolled back checkout@2.14.1; rate is back to normal.").build();
            DeleteCommentInput delete = DeleteCommentInput.builder().issueId("CHECKOUT-2F").commentId("90210").build();

            SentryResponse<Comment> edited = sentry.client().updateComment(edit);
            SentryResponse<String> deleted = sentry.client().deleteComment(delete);
            sentry.client().async().updateComment(edit).get();
            sentry.client().async().deleteComment(delete).get();

            assertThat(edited.data().text()).isEqualTo("Rolled back checkout@2.14.1; rate is back to normal.");
            assertThat(edited.message()).isEqualTo("Changed the text of comment 90210 on issue CHECKOUT-2F");
            assertThat(deleted.data()).isEqualTo("90210");
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(deleted.message()).isEqualTo("Deleted comment 90210 from issue CHECKOUT-2F");
            for (int round = 0; round < 2; round++) {
                RecordedRequest put = sentry.take();
                assertThat(put.getMethod()).isEqualTo("PUT");
                assertThat(put.getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2F/comments/90210/");
                assertThat(SentryServer.json(put).toString())
                        .isEqualTo("{\"text\":\"Rolled back checkout@2.14.1; rate is back to normal.\"}");
                RecordedRequest del = sentry.take();
                assertThat(del.getMethod()).isEqualTo("DELETE");
                assertThat(del.getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2F/comments/90210/");
            }
        }
    }

    @Test
    void reportsACommentThatIsNotThere() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().enqueue(new mockwebserver3.MockResponse.Builder().code(404)
                    .body("{\"detail\":\"The requested resource does not exist\"}").build());

            assertThatThrownBy(() -> sentry.client().deleteComment(DeleteCommentInput.builder().issueId("4501")
                    .commentId("1").build()))
                    .isInstanceOf(SentryNotFoundException.class)
                    .hasMessageStartingWith("Comment not found on issue 4501");
        }
    }

    @Test
    void rejectsBadCommentInputs() {
        assertThatThrownBy(() -> UpdateCommentInput.builder().issueId("4501").commentId("abc").comment("x").build())
                .hasMessage("commentId must be a numeric id (digits only), got 'abc'");
        assertThatThrownBy(() -> UpdateCommentInput.builder().issueId("4501").commentId("1").comment(" ").build())
                .hasMessage("comment must not be blank");
        assertThatThrownBy(() -> DeleteCommentInput.builder().issueId("../x").commentId("1").build())
                .hasMessageStartingWith("issueId must be a numeric issue id or a short id");
        try (SentryServer sentry = new SentryServer()) {
            assertThatThrownBy(() -> sentry.client().listComments("a/b"))
                    .hasMessageStartingWith("issueId must be a numeric issue id or a short id");
            assertThat(sentry.requestCount()).isZero();
        }
    }
}
