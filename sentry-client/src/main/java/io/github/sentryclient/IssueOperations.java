package io.github.sentryclient;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
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
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

    /**
     * Resolves the short ids, finds which ids name issues the token can see, then sends the change for those only,
     * one request per project and 1000 ids. Sentry applies a bulk update whose ids match nothing to the issues its
     * search finds instead (up to 1000), so an id that matched nothing is never sent; when none is left, nothing is
     * sent.
     */
    Operation<SentryResponse<BulkUpdateResult>> bulkUpdate(BulkUpdateIssuesInput input) {
        return bulkUpdate(input, null);
    }

    /**
     * The bulk update on the project-scoped route: the ids are looked up in the project, and only those found
     * there are changed, in requests of at most 1000 to {@code /projects/{org}/{project}/issues/}.
     */
    Operation<SentryResponse<BulkUpdateResult>> bulkUpdateInProject(String projectSlug, BulkUpdateIssuesInput input) {
        Validation.slug("projectSlug", projectSlug);
        return bulkUpdate(input, projectSlug);
    }

    private Operation<SentryResponse<BulkUpdateResult>> bulkUpdate(BulkUpdateIssuesInput input, String inProject) {
        Map<String, Object> changes = changes(input);
        return sender -> numericIds(sender, input.issueIds(), 0, new LinkedHashMap<>()).thenCompose(numeric -> {
            List<String> ids = numeric.values().stream().filter(Objects::nonNull).distinct().toList();
            CompletableFuture<Found> lookup = inProject == null ? find(sender, ids)
                    : find(sender, ids, inProject, 0, new Found(new LinkedHashMap<>(), null));
            return lookup.thenCompose(found -> {
                List<String> unmatched = new ArrayList<>();
                numeric.forEach((given, id) -> {
                    if (id == null || !found.projects().containsKey(id)) {
                        unmatched.add(given);
                    }
                });
                if (found.projects().isEmpty()) {
                    return CompletableFuture.completedFuture(respondNothing(input, found, unmatched));
                }
                Map<String, List<String>> byProject = new LinkedHashMap<>();
                found.projects().forEach((id, project) -> byProject.computeIfAbsent(project, p -> new ArrayList<>())
                        .add(id));
                List<Map.Entry<String, List<String>>> requests = new ArrayList<>();
                byProject.forEach((project, projectIds) -> {
                    for (int from = 0; from < projectIds.size(); from += Validation.MAX_BULK_IDS) {
                        requests.add(Map.entry(project, projectIds.subList(from, Math.min(projectIds.size(),
                                from + Validation.MAX_BULK_IDS))));
                    }
                });
                return change(sender, requests, 0, changes, inProject, null, new ArrayList<>())
                        .thenApply(done -> bulkUpdated(input, done, found.projects().keySet(), unmatched,
                                byProject.size()));
            });
        });
    }

    private SentryResponse<BulkUpdateResult> respondNothing(BulkUpdateIssuesInput input, Found found,
            List<String> unmatched) {
        BulkUpdateResult nothing = BulkUpdateResult.builder().matched(false).unmatchedIds(unmatched).build();
        String message = "Nothing matched: none of the " + input.issueIds().size() + " issue ids names an issue the"
                + " token can see, so nothing was sent";
        return found.reply() != null ? found.reply().respond(message, nothing)
                : SentryResponse.of(message, nothing, 404, Optional.empty());
    }

    /** Each given id with its numeric id: itself, a short id's issue, or null for a short id that names none. */
    private CompletableFuture<Map<String, String>> numericIds(Sender sender, List<String> given, int index,
            Map<String, String> numeric) {
        while (index < given.size() && Validation.isNumericId(given.get(index))) {
            numeric.put(given.get(index), given.get(index));
            index++;
        }
        if (index >= given.size()) {
            return CompletableFuture.completedFuture(numeric);
        }
        String shortId = given.get(index);
        int next = index + 1;
        return sender.send(RESOLVE_SHORT_ID, shortId, client.api().resolveShortId(shortId),
                        reply -> reply.requireBody().issueId())
                .exceptionally(failure -> {
                    if (Operation.unwrap(failure) instanceof SentryNotFoundException) {
                        return null;
                    }
                    throw new CompletionException(Operation.unwrap(failure));
                })
                .thenCompose(id -> {
                    numeric.put(shortId, id);
                    return numericIds(sender, given, next, numeric);
                });
    }

    /** What the search for a bulk update's ids found: each found id's project, and the last reply. */
    private record Found(Map<String, String> projects, Reply<List<Issue>> reply) {
    }

    /**
     * Looks the ids up in every project; an organization without Sentry's multi-project stream feature refuses
     * that (400), so then they are looked up project by project (the first 100 projects).
     */
    private CompletableFuture<Found> find(Sender sender, List<String> ids) {
        return find(sender, ids, "-1", 0, new Found(new LinkedHashMap<>(), null)).exceptionallyCompose(failure -> {
            Throwable cause = Operation.unwrap(failure);
            if (cause instanceof SentryClientException refused && refused.statusCode() == 400
                    && refused.detail().contains("multi project")) {
                return sender.send(BULK_UPDATE_ISSUES, "", client.api().listProjects(null), Reply::requireBody)
                        .thenCompose(projects -> findInEach(sender, ids, projects, 0,
                                new Found(new LinkedHashMap<>(), null)));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private CompletableFuture<Found> findInEach(Sender sender, List<String> ids, List<Project> projects, int index,
            Found found) {
        if (index >= projects.size()) {
            return CompletableFuture.completedFuture(found);
        }
        return find(sender, ids, projects.get(index).id(), 0, found)
                .thenCompose(more -> findInEach(sender, ids, projects, index + 1, more));
    }

    /**
     * Looks up the ids in {@code project}, 100 a request; async, the requests go together and the pacer spreads
     * them over the route's budget.
     */
    private CompletableFuture<Found> find(Sender sender, List<String> ids, String project, int from, Found found) {
        List<List<String>> chunks = new ArrayList<>();
        for (int start = from; start < ids.size(); start += Validation.MAX_PAGE_SIZE) {
            chunks.add(ids.subList(start, Math.min(ids.size(), start + Validation.MAX_PAGE_SIZE)));
        }
        List<CompletableFuture<Reply<List<Issue>>>> lookups = chunks.stream()
                .map(chunk -> sender.send(BULK_UPDATE_ISSUES, "", client.api().findIssues("", chunk, project,
                        Validation.MAX_PAGE_SIZE), reply -> reply))
                .toList();
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).thenApply(all -> {
            Reply<List<Issue>> last = found.reply();
            for (int i = 0; i < chunks.size(); i++) {
                Reply<List<Issue>> reply = lookups.get(i).join();
                for (Issue issue : reply.requireBody()) {
                    if (chunks.get(i).contains(issue.id())) {
                        found.projects().put(issue.id(), issue.project().id());
                    }
                }
                last = reply;
            }
            return new Found(found.projects(), last);
        });
    }

    /** What the change's requests brought back: each request's ids and reply, and the last that applied. */
    private record Done(List<Map.Entry<List<String>, Reply<BulkUpdateResult>>> replies,
            Reply<BulkUpdateResult> applied) {
    }

    /**
     * Sends the change request after request (one project and at most 1000 ids each), to the organization's route,
     * or to the project-scoped one of {@code inProject}.
     */
    private CompletableFuture<Done> change(Sender sender, List<Map.Entry<String, List<String>>> requests, int index,
            Map<String, Object> changes, String inProject, Reply<BulkUpdateResult> applied,
            List<Map.Entry<List<String>, Reply<BulkUpdateResult>>> replies) {
        if (index >= requests.size()) {
            return CompletableFuture.completedFuture(new Done(replies, applied != null ? applied
                    : replies.get(replies.size() - 1).getValue()));
        }
        Map.Entry<String, List<String>> request = requests.get(index);
        SentryCall<BulkUpdateResult> call = inProject == null
                ? client.api().bulkUpdateIssues(request.getValue(), request.getKey(), changes)
                : client.root().bulkUpdateProjectIssues(client.org(), inProject, request.getValue(), changes);
        return sender.send(BULK_UPDATE_ISSUES, "", requireIds(call), reply -> reply).thenCompose(reply -> {
            replies.add(Map.entry(request.getValue(), reply));
            boolean nothing = reply.statusCode() == 204 || reply.body() == null;
            return change(sender, requests, index + 1, changes, inProject, nothing ? applied : reply, replies);
        });
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

    private static SentryResponse<BulkUpdateResult> bulkUpdated(BulkUpdateIssuesInput input, Done done,
            Set<String> sent, List<String> unmatched, int projects) {
        List<BulkUpdateResult> chunks = done.replies().stream().map(entry -> {
            Reply<BulkUpdateResult> reply = entry.getValue();
            boolean nothing = reply.statusCode() == 204 || reply.body() == null;
            return (nothing ? BulkUpdateResult.builder().matched(false)
                    : BulkUpdateResult.builder().from(reply.body())).issueIds(entry.getKey()).build();
        }).toList();
        Reply<BulkUpdateResult> reply = done.applied();
        String skipped = unmatched.isEmpty() ? "" : "; " + unmatched.size() + " ids named no issue the token can see"
                + " and were not sent: " + String.join(", ", unmatched);
        String requests = chunks.size() > projects ? " (" + chunks.size() + " requests)" : "";
        if (reply.statusCode() == 204 || reply.body() == null) {
            return reply.respond("Nothing matched: the " + sent.size() + " issues found were gone when the change"
                    + " arrived, so Sentry changed nothing" + skipped, BulkUpdateResult.builder().matched(false)
                    .issueIds(sent).unmatchedIds(unmatched).chunks(chunks).build());
        }
        long gone = chunks.stream().filter(chunk -> !chunk.matched()).count();
        return reply.respond("Applied " + String.join(", ", changes(input).keySet()) + " to " + sent.size()
                + " issues in " + projects + (projects == 1 ? " project" : " projects") + requests
                + (gone == 0 ? "" : "; " + gone + " of the requests found their issues gone and changed nothing")
                + skipped, BulkUpdateResult.builder().from(reply.body()).matched(true).issueIds(sent)
                .unmatchedIds(unmatched).chunks(chunks).build());
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

    PageSource<Issue> listProject(String projectSlug, String query) {
        Validation.slug("projectSlug", projectSlug);
        Objects.requireNonNull(query, "query (\"\" for every issue)");
        return new PageSource<>("listProjectIssues", "", "issues of project " + projectSlug
                + (query.isEmpty() ? "" : " matching '" + query + "'"),
                cursor -> client.root().listProjectIssues(client.org(), projectSlug, query, null, null, null,
                        cursor));
    }

    Operation<SentryResponse<List<String>>> bulkDeleteInProject(String projectSlug, List<String> issueIds) {
        Validation.slug("projectSlug", projectSlug);
        Validation.bulkIds("issueIds", issueIds);
        return Operation.call("bulkDeleteProjectIssues", "", () -> requireIds(client.root()
                .bulkDeleteProjectIssues(client.org(), projectSlug, issueIds)), reply -> reply.respond("Deleted the"
                        + " issues of project " + projectSlug + " among " + String.join(", ", issueIds), issueIds));
    }
}
