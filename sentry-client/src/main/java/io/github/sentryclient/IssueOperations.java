package io.github.sentryclient;

import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueChanges;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The issue operations: read, list, update, assign, archive, delete, in bulk too, short ids and hashes. Each is
 * defined once, as what it sends and how the reply reads; {@link SentryClient} and {@link SentryAsyncClient} run
 * the same definitions.
 */
final class IssueOperations {

    static final String GET_ISSUE = "getIssue";
    static final String UPDATE_ISSUE_STATUS = "updateIssueStatus";
    static final String ASSIGN_ISSUE = "assignIssue";
    static final String LIST_ISSUES = "listIssues";
    static final String UPDATE_ISSUE = "updateIssue";
    static final String BULK_UPDATE_ISSUES = "bulkUpdateIssues";
    static final String DELETE_ISSUE = "deleteIssue";
    static final String BULK_DELETE_ISSUES = "bulkDeleteIssues";
    static final String LIST_ISSUE_HASHES = "listIssueHashes";
    static final String RESOLVE_SHORT_ID = "resolveShortId";

    private final ClientApi client;

    IssueOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<Issue>> get(GetIssueInput input) {
        return Operation.call(GET_ISSUE, input.issueId(), () -> client.api().getIssue(input.issueId()),
                IssueOperations::issueRead);
    }

    Operation<SentryResponse<Issue>> updateStatus(UpdateIssueStatusInput input) {
        return Operation.call(UPDATE_ISSUE_STATUS, input.issueId(),
                () -> client.api().updateIssue(input.issueId(), Map.of("status", input.status().value())),
                reply -> statusUpdated(input, reply));
    }

    /**
     * Assigns; turns Sentry's refusal of the assignee (a 400 with a field error on {@code assignedTo}: no member of
     * the organization, or of no team with access to the issue's project) into a message that says so.
     */
    Operation<SentryResponse<Issue>> assign(AssignIssueInput input) {
        Operation<SentryResponse<Issue>> assign = Operation.call(ASSIGN_ISSUE, input.issueId(),
                () -> client.api().updateIssue(input.issueId(), Map.of("assignedTo", input.assignee())),
                reply -> assigned(input, reply));
        return sender -> assign.run(sender).handle((response, failure) -> {
            if (failure != null) {
                throw assignRefused(input, failure);
            }
            return response;
        });
    }

    Operation<SentryResponse<Issue>> update(UpdateIssueInput input) {
        return Operation.call(UPDATE_ISSUE, input.issueId(),
                () -> client.api().updateIssue(input.issueId(), changes(input)), reply -> issueUpdated(input, reply));
    }

    Operation<SentryResponse<Issue>> archive(String issueId, IssueSubstatus substatus) {
        return update(UpdateIssueInput.builder().issueId(issueId).status(IssueStatus.IGNORED).substatus(substatus)
                .build());
    }

    Operation<SentryResponse<Issue>> unassign(String issueId) {
        return update(UpdateIssueInput.builder().issueId(issueId).assignee("").build());
    }

    PageSource<Issue> list(ListIssuesInput input) {
        List<String> projects = input.allProjects() ? List.of("-1")
                : !input.projects().isEmpty() ? input.projects()
                : client.projectSlug().map(List::of).orElse(List.of());
        String sort = input.sort().map(s -> s.value()).orElse(null);
        Integer limit = input.limit().isPresent() ? input.limit().getAsInt() : null;
        String what = "issues" + (input.query().isEmpty() ? "" : " matching '" + input.query() + "'")
                + (projects.isEmpty() ? "" : " in project " + String.join(", ", projects));
        return new PageSource<>(LIST_ISSUES, "", what, cursor -> client.api().listIssues(input.query(), projects,
                input.environments(), input.statsPeriod().orElse(null), iso(input.start()), iso(input.end()), sort,
                limit, cursor));
    }

    Operation<SentryResponse<BulkUpdateResult>> bulkUpdate(BulkUpdateIssuesInput input) {
        return Operation.call(BULK_UPDATE_ISSUES, "",
                () -> requireIds(client.api().bulkUpdateIssues(input.issueIds(), changes(input))),
                reply -> bulkUpdated(input, reply));
    }

    Operation<SentryResponse<String>> delete(String issueId) {
        Validation.issueId("issueId", issueId);
        return Operation.call(DELETE_ISSUE, issueId, () -> client.api().deleteIssue(issueId),
                reply -> reply.respond(reply.statusCode() == 404
                        ? "Issue " + issueId + " is deleted, or was already gone: an earlier attempt got no answer"
                                + " and most likely deleted it, and the retry found nothing"
                        : "Issue " + issueId + " is queued for deletion (Sentry deletes it in the background)",
                        issueId));
    }

    Operation<SentryResponse<List<String>>> bulkDelete(BulkDeleteIssuesInput input) {
        return Operation.call(BULK_DELETE_ISSUES, "", () -> requireIds(client.api().bulkDeleteIssues(input.issueIds())),
                reply -> reply.respond("Deleted the issues among the " + input.issueIds().size() + " ids the token"
                        + " can see: " + String.join(", ", input.issueIds()), input.issueIds()));
    }

    PageSource<IssueHash> listHashes(String issueId) {
        Validation.issueId("issueId", issueId);
        return new PageSource<>(LIST_ISSUE_HASHES, issueId, "hashes of issue " + issueId,
                cursor -> client.api().listIssueHashes(issueId, cursor));
    }

    Operation<SentryResponse<ShortIdResolution>> resolveShortId(String shortId) {
        Validation.shortId("shortId", shortId);
        return Operation.call(RESOLVE_SHORT_ID, shortId, () -> client.api().resolveShortId(shortId), reply -> {
            ShortIdResolution resolution = reply.requireBody();
            return reply.respond("Short id " + shortId + " is issue " + resolution.issueId() + " in project "
                    + resolution.projectSlug() + ": " + resolution.issue().title(), resolution);
        });
    }

    // Replies ---------------------------------------------------------------------------------------------------

    static SentryResponse<Issue> issueRead(Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        return reply.respond("Issue " + label(issue) + ": " + issue.title() + " (" + issue.status().value() + ", "
                + issue.count() + " events, " + issue.userCount() + " users)", issue);
    }

    private static SentryResponse<Issue> statusUpdated(UpdateIssueStatusInput input, Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String now = issue.status().value();
        String asked = input.status().value();
        String message = "Issue " + label(issue) + " is now " + now
                + (now.equals(asked) ? "" : " (asked for " + asked + ")");
        return reply.respond(message, issue);
    }

    private static SentryResponse<Issue> assigned(AssignIssueInput input, Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String message = issue.assignedTo()
                .map(actor -> "Issue " + label(issue) + " is now assigned to " + describe(actor))
                .orElse("Sentry accepted assigning issue " + label(issue) + " to '" + input.assignee()
                        + "' but reports it unassigned");
        return reply.respond(message, issue);
    }

    private RuntimeException assignRefused(AssignIssueInput input, Throwable failure) {
        Throwable cause = Operation.unwrap(failure);
        if (cause instanceof SentryValidationException refused && refused.fieldErrors().containsKey("assignedTo")) {
            String who = "'" + input.assignee() + "'";
            String message = refused.getMessage() + ". " + (Validation.isEmail(input.assignee())
                    ? who + " is not a member of organization " + client.org() + " who can be assigned issue "
                    : who + " cannot be assigned issue ")
                    + input.issueId() + ": the assignee must be a member of the organization, on a team with access"
                    + " to the issue's project";
            return new SentryValidationException(message, refused.request(), refused.fieldErrors(), refused);
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    private static SentryResponse<Issue> issueUpdated(UpdateIssueInput input, Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String state = issue.status().value() + issue.substatus().map(s -> "/" + s.value()).orElse("")
                + issue.priority().map(p -> ", priority " + p.value()).orElse("")
                + ", " + issue.assignedTo().map(a -> "assigned to " + a.name()).orElse("unassigned");
        return reply.respond("Updated " + String.join(", ", changes(input).keySet()) + " of issue "
                + label(issue) + "; it is now " + state, issue);
    }

    private static SentryResponse<BulkUpdateResult> bulkUpdated(BulkUpdateIssuesInput input,
            Reply<BulkUpdateResult> reply) {
        int asked = input.issueIds().size();
        if (reply.statusCode() == 204 || reply.body() == null) {
            return reply.respond("Nothing matched: none of the " + asked + " issue ids names an issue the token"
                    + " can see, so nothing was changed", BulkUpdateResult.nothingMatched());
        }
        return reply.respond("Applied " + String.join(", ", changes(input).keySet()) + " to the issues among the "
                + asked + " ids the token can see (Sentry skips the others silently)", reply.body());
    }

    // Request parts ---------------------------------------------------------------------------------------------

    /** The partial update body: only the fields set. */
    static Map<String, Object> changes(IssueChanges changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        changes.status().ifPresent(status -> body.put("status", status.value()));
        changes.substatus().ifPresent(substatus -> body.put("substatus", substatus.value()));
        changes.statusDetails().ifPresent(details -> body.put("statusDetails", statusDetails(details)));
        changes.priority().ifPresent(priority -> body.put("priority", priority.value()));
        changes.assignee().ifPresent(assignee -> body.put("assignedTo", assignee));
        changes.isBookmarked().ifPresent(flag -> body.put("isBookmarked", flag));
        changes.hasSeen().ifPresent(flag -> body.put("hasSeen", flag));
        changes.isSubscribed().ifPresent(flag -> body.put("isSubscribed", flag));
        changes.isPublic().ifPresent(flag -> body.put("isPublic", flag));
        return body;
    }

    private static Map<String, Object> statusDetails(StatusDetails details) {
        Map<String, Object> body = new LinkedHashMap<>();
        details.inRelease().ifPresent(release -> body.put("inRelease", release));
        details.inNextRelease().ifPresent(next -> body.put("inNextRelease", next));
        details.inCommit().ifPresent(commit -> body.put("inCommit",
                Map.of("commit", commit.commit(), "repository", commit.repository())));
        details.ignoreDuration().ifPresent(minutes -> body.put("ignoreDuration", minutes));
        details.ignoreCount().ifPresent(count -> body.put("ignoreCount", count));
        details.ignoreWindow().ifPresent(minutes -> body.put("ignoreWindow", minutes));
        details.ignoreUserCount().ifPresent(count -> body.put("ignoreUserCount", count));
        details.ignoreUserWindow().ifPresent(minutes -> body.put("ignoreUserWindow", minutes));
        return body;
    }

    /**
     * The last check before a bulk request leaves: without {@code id} parameters Sentry would apply it to the
     * first 1000 issues matching a search. Inputs cannot be built without ids; this guards the request itself.
     */
    static <T> SentryCall<T> requireIds(SentryCall<T> call) {
        if (call.request().url().queryParameterValues("id").isEmpty()) {
            throw new IllegalStateException("Refusing to send " + call.request().method() + " "
                    + call.request().url().encodedPath() + " without issue ids: Sentry would apply it to every"
                    + " issue matching a search");
        }
        return call;
    }

    /** The issue's short id, or its numeric id when it has none. */
    static String label(Issue issue) {
        return issue.shortId().isEmpty() ? issue.id() : issue.shortId();
    }

    private static String describe(Actor actor) {
        String who = actor.type().value() + " " + actor.name();
        return actor.email().map(email -> who + " <" + email + ">").orElse(who);
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
