package io.github.sentryclient;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tag operations of an issue: its tag keys, a tag's values, and {@code addTag}, honestly: Sentry has no way to
 * set a tag on an issue. If the issue's events already carry the tag, nothing is written; otherwise the tag is
 * recorded once as a label comment.
 */
final class TagOperations {

    static final String LIST_ISSUE_TAGS = "listIssueTags";
    static final String LIST_TAG_VALUES = "listTagValues";
    static final String ADD_TAG = "addTag";

    /** Sentry keeps at most 1000 values per tag; comments beyond this many pages are not searched. */
    private static final int MAX_PAGES = 20;

    private final ClientApi client;
    private final CommentOperations comments;

    TagOperations(ClientApi client, CommentOperations comments) {
        this.client = client;
        this.comments = comments;
    }

    Operation<SentryResponse<List<IssueTag>>> listIssueTags(String issueId) {
        Validation.issueId("issueId", issueId);
        return Operation.call(LIST_ISSUE_TAGS, issueId, () -> client.api().listIssueTags(issueId), reply -> {
            List<IssueTag> tags = reply.requireBody();
            String keys = tags.stream().map(IssueTag::key).collect(Collectors.joining(", "));
            return reply.respond("Issue " + issueId + " has " + tags.size()
                    + (tags.size() == 1 ? " tag key" : " tag keys") + (tags.isEmpty() ? "" : ": " + keys), tags);
        });
    }

    PageSource<TagValue> listTagValues(ListTagValuesInput input) {
        return new PageSource<>(LIST_TAG_VALUES, input.issueId(), "values of tag " + input.key() + " on issue "
                + input.issueId(), cursor -> client.api().listTagValues(input.issueId(), input.key(), cursor));
    }

    /**
     * Looks for the tag on the issue's events (Sentry answers 404 for a key no event carries: no event tag then,
     * and a missing issue shows on the next call), then for a label comment recording it, and posts one only when
     * neither exists. Every page is read before the one write, which is never repeated.
     */
    Operation<SentryResponse<TagResult>> addTag(AddTagInput input) {
        return sender -> search(sender, input, cursor -> client.api().listTagValues(input.issueId(), input.key(),
                cursor), reply -> eventTag(input, reply), null, 0)
                .exceptionally(failure -> {
                    Throwable cause = Operation.unwrap(failure);
                    if (cause instanceof SentryNotFoundException) {
                        return Optional.empty();
                    }
                    throw new CompletionException(cause);
                })
                .thenCompose(eventTag -> eventTag.isPresent() ? CompletableFuture.completedFuture(eventTag.get())
                        : search(sender, input, cursor -> client.api().listComments(input.issueId(), cursor),
                                reply -> existingLabel(input, reply), null, 0)
                                .thenCompose(label -> label.isPresent()
                                        ? CompletableFuture.completedFuture(label.get())
                                        : sender.send(ADD_TAG, input.issueId(), comments.post(input.issueId(),
                                                TagLabels.commentText(input.key(), input.value()), List.of()),
                                                reply -> labelPosted(input, reply))));
    }

    /** Reads page after page, at most {@link #MAX_PAGES}, until {@code find} finds something or the pages end. */
    private static <T> CompletableFuture<Optional<SentryResponse<TagResult>>> search(Sender sender,
            AddTagInput input, Function<String, SentryCall<List<T>>> page,
            Function<Reply<List<T>>, Optional<SentryResponse<TagResult>>> find, String cursor, int number) {
        return sender.send(ADD_TAG, input.issueId(), page.apply(cursor), reply -> reply).thenCompose(reply -> {
            Optional<SentryResponse<TagResult>> found = find.apply(reply);
            Optional<String> next = LinkHeader.nextCursor(reply.headers().get("Link"));
            if (found.isPresent() || next.isEmpty() || number + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(found);
            }
            return search(sender, input, page, find, next.get(), number + 1);
        });
    }

    private static Optional<SentryResponse<TagResult>> eventTag(AddTagInput input, Reply<List<TagValue>> reply) {
        return reply.requireBody().stream()
                .filter(tagValue -> tagValue.value().equals(input.value()))
                .findFirst()
                .map(tagValue -> reply.respond("Issue " + input.issueId() + " already carries the tag "
                        + input.key() + "=" + input.value() + " on " + tagValue.count() + " events; nothing was"
                        + " written (Sentry cannot attach tags to an issue directly)",
                        result(input, TagSource.EVENT_TAG).eventCount(tagValue.count()).build()));
    }

    private static Optional<SentryResponse<TagResult>> existingLabel(AddTagInput input, Reply<List<Comment>> reply) {
        return reply.requireBody().stream()
                .filter(comment -> TagLabels.isLabel(comment, input.key(), input.value()))
                .findFirst()
                .map(comment -> reply.respond("Issue " + input.issueId() + " already has the label comment "
                        + comment.id() + " for " + input.key() + "=" + input.value() + "; nothing was written"
                        + " (Sentry cannot attach tags to an issue directly, so labels are kept as comments)",
                        result(input, TagSource.LABEL_COMMENT).commentId(comment.id()).build()));
    }

    private static SentryResponse<TagResult> labelPosted(AddTagInput input, Reply<Comment> reply) {
        Comment comment = reply.requireBody();
        return reply.respond("Sentry cannot attach tags to an issue directly and no event of issue "
                + input.issueId() + " carries " + input.key() + "=" + input.value() + ", so it was recorded as"
                + " label comment " + comment.id() + " (visible on the issue, not searchable as a tag)",
                result(input, TagSource.LABEL_COMMENT).commentId(comment.id()).created(true).build());
    }

    private static TagResult.Builder result(AddTagInput input, TagSource source) {
        return TagResult.builder().issueId(input.issueId()).key(input.key()).value(input.value()).source(source);
    }

    Operation<SentryResponse<IssueTag>> getIssueTag(String issueId, String key) {
        Validation.issueId("issueId", issueId);
        Validation.tagKey("key", key);
        return Operation.call("getIssueTag", issueId, () -> client.api().getIssueTag(issueId, key), reply -> {
            IssueTag tag = reply.requireBody();
            return reply.respond("Tag " + tag.key() + " of issue " + issueId + ": " + tag.totalValues()
                    + " events", tag);
        });
    }
}
