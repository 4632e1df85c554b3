package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.UpdateCommentInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The comment operations on an issue: add, list, change and delete. */
final class CommentOperations {

    static final String ADD_COMMENT = "addComment";
    static final String LIST_COMMENTS = "listComments";
    static final String UPDATE_COMMENT = "updateComment";
    static final String DELETE_COMMENT = "deleteComment";

    private final ClientApi client;

    CommentOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<Comment>> add(AddCommentInput input) {
        return Operation.call(ADD_COMMENT, input.issueId(),
                () -> post(input.issueId(), input.comment(), input.mentions()), reply -> {
                    Comment comment = reply.requireBody();
                    return reply.respond("Added comment " + comment.id() + " to issue " + input.issueId(), comment);
                });
    }

    PageSource<Comment> list(String issueId) {
        Validation.issueId("issueId", issueId);
        return new PageSource<>(LIST_COMMENTS, issueId, "comments on issue " + issueId,
                cursor -> client.api().listComments(issueId, cursor));
    }

    Operation<SentryResponse<Comment>> update(UpdateCommentInput input) {
        return Operation.call(UPDATE_COMMENT, input.issueId(),
                () -> client.api().updateComment(input.issueId(), input.commentId(), Map.of("text", input.comment())),
                reply -> {
                    Comment comment = reply.requireBody();
                    return reply.respond("Changed the text of comment " + comment.id() + " on issue "
                            + input.issueId(), comment);
                });
    }

    Operation<SentryResponse<String>> delete(DeleteCommentInput input) {
        return Operation.call(DELETE_COMMENT, input.issueId(),
                () -> client.api().deleteComment(input.issueId(), input.commentId()),
                reply -> reply.respond(reply.statusCode() == 404
                        ? "Comment " + input.commentId() + " on issue " + input.issueId() + " is deleted, or was"
                                + " already gone: an earlier attempt got no answer and most likely deleted it, and"
                                + " the retry found nothing"
                        : "Deleted comment " + input.commentId() + " from issue " + input.issueId(),
                        input.commentId()));
    }

    /** The request that posts {@code text} on an issue, mentioning {@code mentions}. */
    SentryCall<Comment> post(String issueId, String text, List<String> mentions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (!mentions.isEmpty()) {
            body.put("mentions", mentions);
        }
        return client.api().addComment(issueId, body);
    }
}
