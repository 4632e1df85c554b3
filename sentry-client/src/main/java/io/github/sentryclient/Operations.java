package io.github.sentryclient;

import io.github.sentryclient.internal.api.SentryApi;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.util.LinkedHashMap;
import java.util.Map;
import retrofit2.Call;

/**
 * What each operation sends and how its reply reads: the one place where inputs become requests and replies
 * become results, shared by the sync and async clients.
 */
final class Operations {

    static final String GET_ISSUE = "getIssue";
    static final String UPDATE_ISSUE_STATUS = "updateIssueStatus";
    static final String ASSIGN_ISSUE = "assignIssue";
    static final String ADD_COMMENT = "addComment";
    static final String ADD_TAG = "addTag";

    private final SentryApi api;
    private final String org;
    private volatile boolean closed;

    Operations(SentryApi api, String org) {
        this.api = api;
        this.org = org;
    }

    /** The API, for a call about to be sent; refuses once the client is closed. */
    SentryApi api() {
        if (closed) {
            throw new IllegalStateException("This SentryClient is closed");
        }
        return api;
    }

    void close() {
        closed = true;
    }

    String org() {
        return org;
    }

    Call<Issue> getIssue(GetIssueInput input) {
        return api().getIssue(input.issueId());
    }

    Call<Issue> updateIssueStatus(UpdateIssueStatusInput input) {
        return api().updateIssue(input.issueId(), Map.of("status", input.status().value()));
    }

    Call<Issue> assignIssue(AssignIssueInput input) {
        return api().updateIssue(input.issueId(), Map.of("assignedTo", input.assignee()));
    }

    Call<Comment> addComment(AddCommentInput input) {
        return addComment(input.issueId(), input.comment(), input.mentions());
    }

    Call<Comment> addComment(String issueId, String text, java.util.List<String> mentions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (!mentions.isEmpty()) {
            body.put("mentions", mentions);
        }
        return api().addComment(issueId, body);
    }

    static SentryResponse<Issue> issueRead(Calls.Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        return reply.respond("Issue " + label(issue) + ": " + issue.title() + " (" + issue.status().value() + ", "
                + issue.count() + " events, " + issue.userCount() + " users)", issue);
    }

    static SentryResponse<Issue> statusUpdated(UpdateIssueStatusInput input, Calls.Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String now = issue.status().value();
        String asked = input.status().value();
        String message = "Issue " + label(issue) + " is now " + now
                + (now.equals(asked) ? "" : " (asked for " + asked + ")");
        return reply.respond(message, issue);
    }

    static SentryResponse<Issue> assigned(AssignIssueInput input, Calls.Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String message = issue.assignedTo()
                .map(actor -> "Issue " + label(issue) + " is now assigned to " + describe(actor))
                .orElse("Sentry accepted assigning issue " + label(issue) + " to '" + input.assignee()
                        + "' but reports it unassigned");
        return reply.respond(message, issue);
    }

    static SentryResponse<Comment> commented(AddCommentInput input, Calls.Reply<Comment> reply) {
        Comment comment = reply.requireBody();
        return reply.respond("Added comment " + comment.id() + " to issue " + input.issueId(), comment);
    }

    static String label(Issue issue) {
        return issue.shortId().isEmpty() ? issue.id() : issue.shortId();
    }

    private static String describe(Actor actor) {
        String who = actor.type().value() + " " + actor.name();
        return actor.email().map(email -> who + " <" + email + ">").orElse(who);
    }
}
