package io.github.sentryclient;

import io.github.sentryclient.error.SentryValidationException;
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
import io.github.sentryclient.model.IssueChanges;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import retrofit2.Call;

/**
 * What the triage operations beyond the basic ones send and how their replies read: lists, full and bulk updates,
 * deletes, comments, tags, events, short ids and the organization. Shared by the sync and async clients, in the
 * style of {@link Operations}.
 */
final class TriageOperations {

    static final String LIST_ISSUES = "listIssues";
    static final String UPDATE_ISSUE = "updateIssue";
    static final String BULK_UPDATE_ISSUES = "bulkUpdateIssues";
    static final String DELETE_ISSUE = "deleteIssue";
    static final String BULK_DELETE_ISSUES = "bulkDeleteIssues";
    static final String LIST_COMMENTS = "listComments";
    static final String UPDATE_COMMENT = "updateComment";
    static final String DELETE_COMMENT = "deleteComment";
    static final String LIST_ISSUE_TAGS = "listIssueTags";
    static final String LIST_TAG_VALUES = "listTagValues";
    static final String LIST_ISSUE_EVENTS = "listIssueEvents";
    static final String GET_ISSUE_EVENT = "getIssueEvent";
    static final String LIST_ISSUE_HASHES = "listIssueHashes";
    static final String RESOLVE_SHORT_ID = "resolveShortId";
    static final String LIST_PROJECTS = "listProjects";
    static final String LIST_MEMBERS = "listMembers";
    static final String FIND_MEMBER = "findMemberByEmail";
    static final String GET_ORGANIZATION = "getOrganization";

    /** A project slug in upper case, a dash, and the issue's number in base 32, such as {@code PUMP-STATION-1}. */
    private static final Pattern SHORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,98}-[A-Za-z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@:]+@[^\\s@:]+");

    private final Operations operations;
    private final Optional<String> projectSlug;

    TriageOperations(Operations operations, Optional<String> projectSlug) {
        this.operations = operations;
        this.projectSlug = projectSlug;
    }

    String org() {
        return operations.org();
    }

    // Listing -------------------------------------------------------------------------------------------------

    PageSource<Issue> listIssues(ListIssuesInput input) {
        List<String> projects = input.allProjects() ? List.of("-1")
                : !input.projects().isEmpty() ? input.projects()
                : projectSlug.map(List::of).orElse(List.of());
        String sort = input.sort().map(s -> s.value()).orElse(null);
        Integer limit = input.limit().isPresent() ? input.limit().getAsInt() : null;
        String what = "issues" + (input.query().isEmpty() ? "" : " matching '" + input.query() + "'")
                + (projects.isEmpty() ? "" : " in project " + String.join(", ", projects));
        return new PageSource<>(LIST_ISSUES, "", what, cursor -> api().listIssues(input.query(), projects,
                input.environments(), input.statsPeriod().orElse(null), iso(input.start()), iso(input.end()), sort,
                limit, cursor));
    }

    // Updating ------------------------------------------------------------------------------------------------

    Call<Issue> updateIssue(UpdateIssueInput input) {
        return api().updateIssue(input.issueId(), changes(input));
    }

    static UpdateIssueInput archive(String issueId, IssueSubstatus substatus) {
        return UpdateIssueInput.builder().issueId(issueId).status(IssueStatus.IGNORED).substatus(substatus).build();
    }

    static UpdateIssueInput unassign(String issueId) {
        return UpdateIssueInput.builder().issueId(issueId).assignee("").build();
    }

    static SentryResponse<Issue> issueUpdated(UpdateIssueInput input, Calls.Reply<Issue> reply) {
        Issue issue = reply.requireBody();
        String state = issue.status().value() + issue.substatus().map(s -> "/" + s.value()).orElse("")
                + issue.priority().map(p -> ", priority " + p.value()).orElse("")
                + ", " + issue.assignedTo().map(a -> "assigned to " + a.name()).orElse("unassigned");
        return reply.respond("Updated " + String.join(", ", changes(input).keySet()) + " of issue "
                + Operations.label(issue) + "; it is now " + state, issue);
    }

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
     * Turns Sentry's refusal of an assignee into a message that says what is wrong. Sentry answers 400 with a field
     * error on {@code assignedTo} when the assignee is no member of the organization, or no member of a team with
     * access to the issue's project; other failures pass unchanged.
     */
    RuntimeException assignRefused(AssignIssueInput input, Throwable failure) {
        Throwable cause = Calls.unwrap(failure);
        if (cause instanceof SentryValidationException refused && refused.fieldErrors().containsKey("assignedTo")) {
            String who = "'" + input.assignee() + "'";
            String message = refused.getMessage() + ". " + (EMAIL.matcher(input.assignee()).matches()
                    ? who + " is not a member of organization " + org() + " who can be assigned issue "
                    : who + " cannot be assigned issue ")
                    + input.issueId() + ": the assignee must be a member of the organization, on a team with access"
                    + " to the issue's project";
            return new SentryValidationException(message, refused.statusCode(), refused.detail(), refused.method(),
                    refused.path(), refused.fieldErrors(), refused);
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    // Bulk ----------------------------------------------------------------------------------------------------

    Call<BulkUpdateResult> bulkUpdateIssues(BulkUpdateIssuesInput input) {
        return requireIds(api().bulkUpdateIssues(input.issueIds(), changes(input)));
    }

    static SentryResponse<BulkUpdateResult> bulkUpdated(BulkUpdateIssuesInput input,
            Calls.Reply<BulkUpdateResult> reply) {
        int asked = input.issueIds().size();
        if (reply.statusCode() == 204 || reply.body() == null) {
            return reply.respond("Nothing matched: none of the " + asked + " issue ids names an issue the token"
                    + " can see, so nothing was changed", BulkUpdateResult.nothingMatched());
        }
        return reply.respond("Applied " + String.join(", ", changes(input).keySet()) + " to the issues among the "
                + asked + " ids the token can see (Sentry skips the others silently)", reply.body());
    }

    Call<Void> deleteIssue(String issueId) {
        return api().deleteIssue(issueId(issueId));
    }

    static SentryResponse<String> issueDeleted(String issueId, Calls.Reply<Void> reply) {
        return reply.respond("Issue " + issueId + " is queued for deletion (Sentry deletes it in the background)",
                issueId);
    }

    Call<Void> bulkDeleteIssues(BulkDeleteIssuesInput input) {
        return requireIds(api().bulkDeleteIssues(input.issueIds()));
    }

    static SentryResponse<List<String>> issuesDeleted(BulkDeleteIssuesInput input, Calls.Reply<Void> reply) {
        return reply.respond("Deleted the issues among the " + input.issueIds().size() + " ids the token can see: "
                + String.join(", ", input.issueIds()), input.issueIds());
    }

    /**
     * The last check before a bulk request leaves: without {@code id} parameters Sentry would apply it to the
     * first 1000 issues matching a search. Inputs cannot be built without ids; this guards the request itself.
     */
    static <T> Call<T> requireIds(Call<T> call) {
        if (call.request().url().queryParameterValues("id").isEmpty()) {
            throw new IllegalStateException("Refusing to send " + call.request().method() + " "
                    + call.request().url().encodedPath() + " without issue ids: Sentry would apply it to every"
                    + " issue matching a search");
        }
        return call;
    }

    // Comments ------------------------------------------------------------------------------------------------

    PageSource<Comment> listComments(String issueId) {
        String id = issueId(issueId);
        return new PageSource<>(LIST_COMMENTS, id, "comments on issue " + id,
                cursor -> api().listComments(id, cursor));
    }

    Call<Comment> updateComment(UpdateCommentInput input) {
        return api().updateComment(input.issueId(), input.commentId(), Map.of("text", input.comment()));
    }

    static SentryResponse<Comment> commentUpdated(UpdateCommentInput input, Calls.Reply<Comment> reply) {
        Comment comment = reply.requireBody();
        return reply.respond("Changed the text of comment " + comment.id() + " on issue " + input.issueId(),
                comment);
    }

    Call<Void> deleteComment(DeleteCommentInput input) {
        return api().deleteComment(input.issueId(), input.commentId());
    }

    static SentryResponse<String> commentDeleted(DeleteCommentInput input, Calls.Reply<Void> reply) {
        return reply.respond("Deleted comment " + input.commentId() + " from issue " + input.issueId(),
                input.commentId());
    }

    // Tags ----------------------------------------------------------------------------------------------------

    Call<List<IssueTag>> listIssueTags(String issueId) {
        return api().listIssueTags(issueId(issueId));
    }

    static SentryResponse<List<IssueTag>> tagsListed(String issueId, Calls.Reply<List<IssueTag>> reply) {
        List<IssueTag> tags = reply.requireBody();
        String keys = tags.stream().map(IssueTag::key).collect(Collectors.joining(", "));
        return reply.respond("Issue " + issueId + " has " + tags.size() + (tags.size() == 1 ? " tag key" : " tag keys")
                + (tags.isEmpty() ? "" : ": " + keys), tags);
    }

    PageSource<TagValue> listTagValues(ListTagValuesInput input) {
        return new PageSource<>(LIST_TAG_VALUES, input.issueId(), "values of tag " + input.key() + " on issue "
                + input.issueId(), cursor -> api().listTagValues(input.issueId(), input.key(), cursor));
    }

    // Events --------------------------------------------------------------------------------------------------

    PageSource<Event> listIssueEvents(ListIssueEventsInput input) {
        return new PageSource<>(LIST_ISSUE_EVENTS, input.issueId(), (input.full() ? "full " : "") + "events of issue "
                + input.issueId(), cursor -> api().listIssueEvents(input.issueId(),
                        input.full() ? Boolean.TRUE : null, input.environments(), input.statsPeriod().orElse(null),
                        iso(input.start()), iso(input.end()), input.query().orElse(null), cursor));
    }

    Call<Event> getIssueEvent(GetIssueEventInput input) {
        return api().getIssueEvent(input.issueId(), input.eventId().toLowerCase(Locale.ROOT));
    }

    static SentryResponse<Event> eventRead(GetIssueEventInput input, Calls.Reply<Event> reply) {
        Event event = reply.requireBody();
        return reply.respond("Event " + event.id() + " (" + input.eventId() + " of issue " + input.issueId() + "): "
                + event.title() + event.dateCreated().map(date -> " at " + date).orElse(""), event);
    }

    PageSource<IssueHash> listIssueHashes(String issueId) {
        String id = issueId(issueId);
        return new PageSource<>(LIST_ISSUE_HASHES, id, "hashes of issue " + id,
                cursor -> api().listIssueHashes(id, cursor));
    }

    // Short ids -----------------------------------------------------------------------------------------------

    Call<ShortIdResolution> resolveShortId(String shortId) {
        if (shortId == null || !SHORT_ID.matcher(shortId).matches()) {
            throw new IllegalArgumentException("shortId must look like PROJ-1A (a project slug, a dash and the"
                    + " issue's short number), got " + (shortId == null ? "null" : "'" + shortId + "'"));
        }
        return api().resolveShortId(shortId);
    }

    static SentryResponse<ShortIdResolution> shortIdResolved(String shortId, Calls.Reply<ShortIdResolution> reply) {
        ShortIdResolution resolution = reply.requireBody();
        return reply.respond("Short id " + shortId + " is issue " + resolution.issueId() + " in project "
                + resolution.projectSlug() + ": " + resolution.issue().title(), resolution);
    }

    // Organization --------------------------------------------------------------------------------------------

    PageSource<Project> listProjects() {
        return new PageSource<>(LIST_PROJECTS, "", "projects of organization " + org(),
                cursor -> api().listProjects(cursor));
    }

    PageSource<Member> listMembers() {
        return new PageSource<>(LIST_MEMBERS, "", "members of organization " + org(),
                cursor -> api().listMembers(null, cursor));
    }

    Call<List<Member>> findMemberByEmail(String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an e-mail address such as dev@example.com, got "
                    + (email == null ? "null" : "'" + email + "'"));
        }
        return api().listMembers("email:" + email, null);
    }

    SentryResponse<Optional<Member>> memberFound(String email, Calls.Reply<List<Member>> reply) {
        Optional<Member> member = reply.requireBody().stream()
                .filter(m -> m.email().equalsIgnoreCase(email)
                        || m.user().flatMap(u -> u.email()).filter(e -> e.equalsIgnoreCase(email)).isPresent())
                .findFirst();
        String message = member
                .map(m -> email + " is member " + m.id() + " of organization " + org()
                        + m.assignee().map(a -> " (assign issues to " + a + ")").orElse(" (invitation pending)"))
                .orElse(email + " is not a member of organization " + org());
        return reply.respond(message, member);
    }

    Call<Organization> getOrganization() {
        return api().getOrganization();
    }

    static SentryResponse<Organization> organizationRead(Calls.Reply<Organization> reply) {
        Organization organization = reply.requireBody();
        return reply.respond("Organization " + organization.slug() + " (" + organization.name() + ")"
                + organization.links().flatMap(links -> links.regionUrl()).map(url -> ", region " + url).orElse(""),
                organization);
    }

    // Helpers -------------------------------------------------------------------------------------------------

    private io.github.sentryclient.internal.api.SentryApi api() {
        return operations.api();
    }

    /** Checks a plain issue id argument with the same rule as every issue input. */
    static String issueId(String issueId) {
        return GetIssueInput.builder().issueId(issueId).build().issueId();
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
