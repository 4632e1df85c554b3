package io.github.sentryclient;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code addTag}, honestly: Sentry has no way to set a tag on an issue. If the issue's events already carry the
 * tag, nothing is written; otherwise the tag is recorded once as a label comment.
 */
final class AddTag {

    /** Sentry keeps at most 1000 values per tag; comments beyond this many pages are not searched. */
    private static final int MAX_PAGES = 20;

    private final Operations operations;
    private final AddTagInput input;

    AddTag(Operations operations, AddTagInput input) {
        this.operations = operations;
        this.input = input;
    }

    SentryResponse<TagResult> run() {
        Optional<SentryResponse<TagResult>> eventTag = Optional.empty();
        String cursor = null;
        try {
            for (int page = 0; page < MAX_PAGES && eventTag.isEmpty(); page++) {
                Calls.Reply<List<TagValue>> reply = Calls.execute(Operations.ADD_TAG, input.issueId(),
                        tagValues(cursor), r -> r);
                eventTag = eventTag(reply);
                cursor = LinkHeader.nextCursor(reply.headers().get("Link")).orElse(null);
                if (cursor == null) {
                    break;
                }
            }
        } catch (SentryNotFoundException noSuchKey) {
            // Sentry answers 404 for a key no event carries; a missing issue shows up on the next call.
            eventTag = Optional.empty();
        }
        if (eventTag.isPresent()) {
            return eventTag.get();
        }
        cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Calls.Reply<List<Comment>> reply = Calls.execute(Operations.ADD_TAG, input.issueId(),
                    comments(cursor), r -> r);
            Optional<SentryResponse<TagResult>> label = existingLabel(reply);
            if (label.isPresent()) {
                return label.get();
            }
            cursor = LinkHeader.nextCursor(reply.headers().get("Link")).orElse(null);
            if (cursor == null) {
                break;
            }
        }
        return Calls.execute(Operations.ADD_TAG, input.issueId(), postLabel(), this::labelPosted);
    }

    CompletableFuture<SentryResponse<TagResult>> runAsync() {
        CompletableFuture<SentryResponse<TagResult>> flow = findEventTag(null, 0)
                .exceptionally(failure -> {
                    if (Calls.unwrap(failure) instanceof SentryNotFoundException) {
                        return Optional.empty();
                    }
                    throw new java.util.concurrent.CompletionException(Calls.unwrap(failure));
                })
                .thenCompose(eventTag -> eventTag.isPresent()
                        ? CompletableFuture.completedFuture(eventTag.get())
                        : findLabel(null, 0).thenCompose(label -> label.isPresent()
                                ? CompletableFuture.completedFuture(label.get())
                                : Calls.enqueue(Operations.ADD_TAG, input.issueId(), postLabel(),
                                        this::labelPosted)));
        return Calls.unwrapped(flow);
    }

    private CompletableFuture<Optional<SentryResponse<TagResult>>> findEventTag(String cursor, int page) {
        return Calls.enqueue(Operations.ADD_TAG, input.issueId(), tagValues(cursor), r -> r).thenCompose(reply -> {
            Optional<SentryResponse<TagResult>> found = eventTag(reply);
            Optional<String> next = LinkHeader.nextCursor(reply.headers().get("Link"));
            if (found.isPresent() || next.isEmpty() || page + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(found);
            }
            return findEventTag(next.get(), page + 1);
        });
    }

    private CompletableFuture<Optional<SentryResponse<TagResult>>> findLabel(String cursor, int page) {
        return Calls.enqueue(Operations.ADD_TAG, input.issueId(), comments(cursor), r -> r).thenCompose(reply -> {
            Optional<SentryResponse<TagResult>> found = existingLabel(reply);
            Optional<String> next = LinkHeader.nextCursor(reply.headers().get("Link"));
            if (found.isPresent() || next.isEmpty() || page + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(found);
            }
            return findLabel(next.get(), page + 1);
        });
    }

    private retrofit2.Call<List<TagValue>> tagValues(String cursor) {
        return operations.api().listTagValues(input.issueId(), input.key(), cursor);
    }

    private retrofit2.Call<List<Comment>> comments(String cursor) {
        return operations.api().listComments(input.issueId(), cursor);
    }

    private retrofit2.Call<Comment> postLabel() {
        return operations.addComment(input.issueId(), TagLabels.commentText(input.key(), input.value()), List.of());
    }

    private Optional<SentryResponse<TagResult>> eventTag(Calls.Reply<List<TagValue>> reply) {
        return reply.requireBody().stream()
                .filter(tagValue -> tagValue.value().equals(input.value()))
                .findFirst()
                .map(tagValue -> reply.respond("Issue " + input.issueId() + " already carries the tag "
                        + input.key() + "=" + input.value() + " on " + tagValue.count() + " events; nothing was"
                        + " written (Sentry cannot attach tags to an issue directly)",
                        result(TagSource.EVENT_TAG).eventCount(tagValue.count()).build()));
    }

    private Optional<SentryResponse<TagResult>> existingLabel(Calls.Reply<List<Comment>> reply) {
        return reply.requireBody().stream()
                .filter(comment -> TagLabels.isLabel(comment, input.key(), input.value()))
                .findFirst()
                .map(comment -> reply.respond("Issue " + input.issueId() + " already has the label comment "
                        + comment.id() + " for " + input.key() + "=" + input.value() + "; nothing was written"
                        + " (Sentry cannot attach tags to an issue directly, so labels are kept as comments)",
                        result(TagSource.LABEL_COMMENT).commentId(comment.id()).build()));
    }

    private SentryResponse<TagResult> labelPosted(Calls.Reply<Comment> reply) {
        Comment comment = reply.requireBody();
        return reply.respond("Sentry cannot attach tags to an issue directly and no event of issue "
                + input.issueId() + " carries " + input.key() + "=" + input.value() + ", so it was recorded as"
                + " label comment " + comment.id() + " (visible on the issue, not searchable as a tag)",
                result(TagSource.LABEL_COMMENT).commentId(comment.id()).created(true).build());
    }

    private TagResult.Builder result(TagSource source) {
        return TagResult.builder().issueId(input.issueId()).key(input.key()).value(input.value()).source(source);
    }
}
