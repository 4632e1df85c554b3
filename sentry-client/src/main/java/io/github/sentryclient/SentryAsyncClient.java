package io.github.sentryclient;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link SentryClient} as futures, from {@link SentryClient#async()}. A failed future holds the
 * same typed exception the sync call would throw. Futures complete on the HTTP client's threads: do not block in
 * their callbacks.
 */
public final class SentryAsyncClient {

    private final Operations operations;
    private final TriageOperations triage;

    SentryAsyncClient(Operations operations, TriageOperations triage) {
        this.operations = operations;
        this.triage = triage;
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
        return Calls.unwrapped(Calls.enqueue(Operations.ASSIGN_ISSUE, input.issueId(), operations.assignIssue(input),
                reply -> Operations.assigned(input, reply)).handle((response, failure) -> {
                    if (failure != null) {
                        throw triage.assignRefused(input, failure);
                    }
                    return response;
                }));
    }

    /** See {@link SentryClient#addTag(AddTagInput)}. */
    public CompletableFuture<SentryResponse<TagResult>> addTag(AddTagInput input) {
        return new AddTag(operations, input).runAsync();
    }

    /** See {@link SentryClient#listIssues(ListIssuesInput)}; the page's {@link Page#nextPageAsync()} goes on. */
    public CompletableFuture<Page<Issue>> listIssues(ListIssuesInput input) {
        return triage.listIssues(input).fetchAsync(null);
    }

    /** See {@link SentryClient#updateIssue(UpdateIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> updateIssue(UpdateIssueInput input) {
        return Calls.enqueue(TriageOperations.UPDATE_ISSUE, input.issueId(), triage.updateIssue(input),
                reply -> TriageOperations.issueUpdated(input, reply));
    }

    /** See {@link SentryClient#archiveIssue(String)}. */
    public CompletableFuture<SentryResponse<Issue>> archiveIssue(String issueId) {
        return updateIssue(TriageOperations.archive(issueId, IssueSubstatus.ARCHIVED_FOREVER));
    }

    /** See {@link SentryClient#archiveIssueUntilEscalating(String)}. */
    public CompletableFuture<SentryResponse<Issue>> archiveIssueUntilEscalating(String issueId) {
        return updateIssue(TriageOperations.archive(issueId, IssueSubstatus.ARCHIVED_UNTIL_ESCALATING));
    }

    /** See {@link SentryClient#unassignIssue(String)}. */
    public CompletableFuture<SentryResponse<Issue>> unassignIssue(String issueId) {
        return updateIssue(TriageOperations.unassign(issueId));
    }

    /** See {@link SentryClient#bulkUpdateIssues(BulkUpdateIssuesInput)}. */
    public CompletableFuture<SentryResponse<BulkUpdateResult>> bulkUpdateIssues(BulkUpdateIssuesInput input) {
        return Calls.enqueue(TriageOperations.BULK_UPDATE_ISSUES, "", triage.bulkUpdateIssues(input),
                reply -> TriageOperations.bulkUpdated(input, reply));
    }

    /** See {@link SentryClient#deleteIssue(String)}. */
    public CompletableFuture<SentryResponse<String>> deleteIssue(String issueId) {
        return Calls.enqueue(TriageOperations.DELETE_ISSUE, issueId, triage.deleteIssue(issueId),
                reply -> TriageOperations.issueDeleted(issueId, reply));
    }

    /** See {@link SentryClient#bulkDeleteIssues(BulkDeleteIssuesInput)}. */
    public CompletableFuture<SentryResponse<List<String>>> bulkDeleteIssues(BulkDeleteIssuesInput input) {
        return Calls.enqueue(TriageOperations.BULK_DELETE_ISSUES, "", triage.bulkDeleteIssues(input),
                reply -> TriageOperations.issuesDeleted(input, reply));
    }

    /** See {@link SentryClient#listComments(String)}. */
    public CompletableFuture<Page<Comment>> listComments(String issueId) {
        return triage.listComments(issueId).fetchAsync(null);
    }

    /** See {@link SentryClient#updateComment(UpdateCommentInput)}. */
    public CompletableFuture<SentryResponse<Comment>> updateComment(UpdateCommentInput input) {
        return Calls.enqueue(TriageOperations.UPDATE_COMMENT, input.issueId(), triage.updateComment(input),
                reply -> TriageOperations.commentUpdated(input, reply));
    }

    /** See {@link SentryClient#deleteComment(DeleteCommentInput)}. */
    public CompletableFuture<SentryResponse<String>> deleteComment(DeleteCommentInput input) {
        return Calls.enqueue(TriageOperations.DELETE_COMMENT, input.issueId(), triage.deleteComment(input),
                reply -> TriageOperations.commentDeleted(input, reply));
    }

    /** See {@link SentryClient#listIssueTags(String)}. */
    public CompletableFuture<SentryResponse<List<IssueTag>>> listIssueTags(String issueId) {
        return Calls.enqueue(TriageOperations.LIST_ISSUE_TAGS, issueId, triage.listIssueTags(issueId),
                reply -> TriageOperations.tagsListed(issueId, reply));
    }

    /** See {@link SentryClient#listTagValues(ListTagValuesInput)}. */
    public CompletableFuture<Page<TagValue>> listTagValues(ListTagValuesInput input) {
        return triage.listTagValues(input).fetchAsync(null);
    }

    /** See {@link SentryClient#listIssueEvents(ListIssueEventsInput)}. */
    public CompletableFuture<Page<Event>> listIssueEvents(ListIssueEventsInput input) {
        return triage.listIssueEvents(input).fetchAsync(null);
    }

    /** See {@link SentryClient#getIssueEvent(GetIssueEventInput)}. */
    public CompletableFuture<SentryResponse<Event>> getIssueEvent(GetIssueEventInput input) {
        return Calls.enqueue(TriageOperations.GET_ISSUE_EVENT, input.issueId(), triage.getIssueEvent(input),
                reply -> TriageOperations.eventRead(input, reply));
    }

    /** See {@link SentryClient#listIssueHashes(String)}. */
    public CompletableFuture<Page<IssueHash>> listIssueHashes(String issueId) {
        return triage.listIssueHashes(issueId).fetchAsync(null);
    }

    /** See {@link SentryClient#resolveShortId(String)}. */
    public CompletableFuture<SentryResponse<ShortIdResolution>> resolveShortId(String shortId) {
        return Calls.enqueue(TriageOperations.RESOLVE_SHORT_ID, shortId, triage.resolveShortId(shortId),
                reply -> TriageOperations.shortIdResolved(shortId, reply));
    }

    /** See {@link SentryClient#listProjects()}. */
    public CompletableFuture<Page<Project>> listProjects() {
        return triage.listProjects().fetchAsync(null);
    }

    /** See {@link SentryClient#listMembers()}. */
    public CompletableFuture<Page<Member>> listMembers() {
        return triage.listMembers().fetchAsync(null);
    }

    /** See {@link SentryClient#findMemberByEmail(String)}. */
    public CompletableFuture<SentryResponse<Optional<Member>>> findMemberByEmail(String email) {
        return Calls.enqueue(TriageOperations.FIND_MEMBER, "", triage.findMemberByEmail(email),
                reply -> triage.memberFound(email, reply));
    }

    /** See {@link SentryClient#getOrganization()}. */
    public CompletableFuture<SentryResponse<Organization>> getOrganization() {
        return Calls.enqueue(TriageOperations.GET_ORGANIZATION, "", triage.getOrganization(),
                TriageOperations::organizationRead);
    }

    @Override
    public String toString() {
        return "SentryAsyncClient{org=" + operations.org() + "}";
    }
}
