package io.github.sentryclient;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link SentryClient} as futures, from {@link SentryClient#async()}. A failed future holds the
 * same typed exception the sync call would throw. Futures complete on the HTTP client's threads: do not block in
 * their callbacks.
 */
public final class SentryAsyncClient {

    private final Operations operations;

    SentryAsyncClient(Operations operations) {
        this.operations = operations;
    }

    /** See {@link SentryClient#addComment(AddCommentInput)}. */
    public CompletableFuture<SentryResponse<Comment>> addComment(AddCommentInput input) {
        return Calls.enqueue(Operations.ADD_COMMENT, input.issueId(), operations.addComment(input),
                reply -> Operations.commented(input, reply));
    }

    /** See {@link SentryClient#updateIssueStatus(UpdateIssueStatusInput)}. */
    public CompletableFuture<SentryResponse<Issue>> updateIssueStatus(UpdateIssueStatusInput input) {
        return Calls.enqueue(Operations.UPDATE_ISSUE_STATUS, input.issueId(), operations.updateIssueStatus(input),
                reply -> Operations.statusUpdated(input, reply));
    }

    /** See {@link SentryClient#getIssue(GetIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> getIssue(GetIssueInput input) {
        return Calls.enqueue(Operations.GET_ISSUE, input.issueId(), operations.getIssue(input),
                Operations::issueRead);
    }

    /** See {@link SentryClient#assignIssue(AssignIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> assignIssue(AssignIssueInput input) {
        return Calls.enqueue(Operations.ASSIGN_ISSUE, input.issueId(), operations.assignIssue(input),
                reply -> Operations.assigned(input, reply));
    }

    /** See {@link SentryClient#addTag(AddTagInput)}. */
    public CompletableFuture<SentryResponse<TagResult>> addTag(AddTagInput input) {
        return new AddTag(operations, input).runAsync();
    }

    @Override
    public String toString() {
        return "SentryAsyncClient{org=" + operations.org() + "}";
    }
}
