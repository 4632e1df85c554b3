package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.Page;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSort;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.SentryResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tools on issues: search, read, change one, change many. */
final class IssueTools {

    /** Issues per page when the caller does not say. */
    static final int DEFAULT_LIMIT = 25;

    private IssueTools() {
    }

    static List<ToolDefinition<?>> all() {
        return List.of(
                new ToolDefinition<>("search_issues", "Search issues",
                        "Searches the organization's issues with Sentry's own search syntax, passed through as is"
                                + " (for example 'is:unresolved level:error assigned:me firstSeen:-24h'). Returns"
                                + " one page (25 issues unless limit says otherwise) with each issue's short id,"
                                + " status, counts and assignee, and a cursor for the next page. One request.",
                        SearchIssues.class, IssueList.class, Effect.READ, IssueTools::search),
                new ToolDefinition<>("get_issue", "Get an issue",
                        "Reads one issue by numeric id or short id (such as BACKEND-1A), with its latest event"
                                + " summarised: exception type and message, the top in-app stack frames and the"
                                + " tags. Two requests.",
                        IssueArgs.class, IssueDetail.class, Effect.READ, IssueTools::get),
                new ToolDefinition<>("update_issue", "Update an issue",
                        "Changes one issue: status (resolved, resolvedInNextRelease, unresolved, ignored) with"
                                + " the resolve and ignore variants (inRelease; ignoreDuration in minutes,"
                                + " ignoreCount, ignoreUserCount; substatus archived_until_escalating or"
                                + " archived_forever), priority, assignee (an e-mail, user:ID or team:ID; empty"
                                + " to unassign) and bookmark. Only the fields given change; at least one is"
                                + " needed. Returns the updated issue. One request, or two when assignee is an"
                                + " e-mail. Setting the same values again changes nothing more.",
                        UpdateIssue.class, IssueView.class, Effect.UPDATE, IssueTools::update),
                new ToolDefinition<>("bulk_update_issues", "Update many issues",
                        "Applies one change (the fields of update_issue) to 1 to 10,000 issues named by numeric id or"
                                + " short id."
                                + " Review the ids first: the change applies to every issue named, and never to an"
                                + " issue not named (ids that name no issue are reported in unmatchedIds and left"
                                + " out). Returns what Sentry applied. One request per short id and per 100 ids to"
                                + " look them up, then one request per project and 1000 ids.",
                        BulkUpdateIssues.class, BulkResult.class, Effect.BULK, IssueTools::bulkUpdate));
    }

    /** The order of search results. */
    enum Sort {
        @JsonProperty("date") DATE(IssueSort.DATE),
        @JsonProperty("new") NEW(IssueSort.NEW),
        @JsonProperty("freq") FREQ(IssueSort.FREQ),
        @JsonProperty("user") USER(IssueSort.USER),
        @JsonProperty("trends") TRENDS(IssueSort.TRENDS),
        @JsonProperty("inbox") INBOX(IssueSort.INBOX),
        @JsonProperty("recommended") RECOMMENDED(IssueSort.RECOMMENDED);

        private final IssueSort sort;

        Sort(IssueSort sort) {
            this.sort = sort;
        }
    }

    /** The statuses a caller can set. */
    enum Status {
        @JsonProperty("resolved") RESOLVED(IssueStatus.RESOLVED),
        @JsonProperty("resolvedInNextRelease") RESOLVED_IN_NEXT_RELEASE(IssueStatus.RESOLVED_IN_NEXT_RELEASE),
        @JsonProperty("unresolved") UNRESOLVED(IssueStatus.UNRESOLVED),
        @JsonProperty("ignored") IGNORED(IssueStatus.IGNORED);

        private final IssueStatus status;

        Status(IssueStatus status) {
            this.status = status;
        }
    }

    /** The substatuses a caller can set. */
    enum Substatus {
        @JsonProperty("archived_until_escalating") ARCHIVED_UNTIL_ESCALATING(IssueSubstatus.ARCHIVED_UNTIL_ESCALATING),
        @JsonProperty("archived_until_condition_met")
        ARCHIVED_UNTIL_CONDITION_MET(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET),
        @JsonProperty("archived_forever") ARCHIVED_FOREVER(IssueSubstatus.ARCHIVED_FOREVER),
        @JsonProperty("ongoing") ONGOING(IssueSubstatus.ONGOING);

        private final IssueSubstatus substatus;

        Substatus(IssueSubstatus substatus) {
            this.substatus = substatus;
        }
    }

    /** The priorities a caller can set. */
    enum Priority {
        @JsonProperty("low") LOW,
        @JsonProperty("medium") MEDIUM,
        @JsonProperty("high") HIGH;

        IssuePriority priority() {
            return IssuePriority.fromValue(name().toLowerCase(Locale.ROOT));
        }
    }

    /** Arguments of search_issues. */
    record SearchIssues(
            @JsonPropertyDescription("Sentry search syntax, such as 'is:unresolved level:error'; empty lists every"
                    + " issue") String query,
            @JsonPropertyDescription("Project slugs or ids; empty means the server's SENTRY_PROJECT when set, else"
                    + " every project") List<String> projects,
            @JsonPropertyDescription("Environments, such as production") List<String> environments,
            @JsonPropertyDescription("A relative period such as 24h, 14d or 2w") String period,
            Sort sort,
            @JsonPropertyDescription("Issues per page, 1 to 100; 25 by default") Integer limit,
            @JsonPropertyDescription("The nextCursor of an earlier page of the same search") String cursor) {
    }

    /** Arguments naming one issue. */
    record IssueArgs(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId) {
    }

    /** Arguments of update_issue. */
    record UpdateIssue(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            Status status,
            @JsonPropertyDescription("archived_until_escalating, archived_until_condition_met or archived_forever"
                    + " with status ignored; ongoing with unresolved") Substatus substatus,
            @JsonPropertyDescription("With status resolved: the release it is resolved in") String inRelease,
            @JsonPropertyDescription("With status ignored: minutes to ignore it for") Integer ignoreDuration,
            @JsonPropertyDescription("With status ignored: ignore until this many more events") Integer ignoreCount,
            @JsonPropertyDescription("With status ignored: ignore until this many more users") Integer ignoreUserCount,
            Priority priority,
            @JsonPropertyDescription("An e-mail, user:ID or team:ID; an empty string unassigns") String assignee,
            @JsonPropertyDescription("Bookmark (true) or unbookmark (false) for the token's user")
            Boolean isBookmarked) {

        Change change() {
            return new Change(status, substatus, inRelease, ignoreDuration, ignoreCount, ignoreUserCount, priority,
                    assignee, isBookmarked);
        }
    }

    /** Arguments of bulk_update_issues. */
    record BulkUpdateIssues(
            @JsonProperty(required = true)
            @JsonPropertyDescription("1 to 10,000 numeric issue ids or short ids") List<String> issueIds,
            Status status,
            Substatus substatus,
            Integer ignoreDuration,
            Integer ignoreCount,
            Integer ignoreUserCount,
            Priority priority,
            @JsonPropertyDescription("An e-mail, user:ID or team:ID; an empty string unassigns") String assignee,
            Boolean isBookmarked) {

        Change change() {
            return new Change(status, substatus, null, ignoreDuration, ignoreCount, ignoreUserCount, priority,
                    assignee, isBookmarked);
        }
    }

    /** A change to one issue or many, as the library's inputs take it. */
    record Change(Status status, Substatus substatus, String inRelease, Integer ignoreDuration, Integer ignoreCount,
            Integer ignoreUserCount, Priority priority, String assignee, Boolean isBookmarked) {

        Optional<IssueStatus> issueStatus() {
            return Optional.ofNullable(status).map(s -> s.status);
        }

        Optional<IssueSubstatus> issueSubstatus() {
            return Optional.ofNullable(substatus).map(s -> s.substatus);
        }

        Optional<IssuePriority> issuePriority() {
            return Optional.ofNullable(priority).map(Priority::priority);
        }

        Optional<StatusDetails> details() {
            if (inRelease == null && ignoreDuration == null && ignoreCount == null && ignoreUserCount == null) {
                return Optional.empty();
            }
            StatusDetails.Builder details = StatusDetails.builder();
            Optional.ofNullable(inRelease).ifPresent(details::inRelease);
            Optional.ofNullable(ignoreDuration).ifPresent(details::ignoreDuration);
            Optional.ofNullable(ignoreCount).ifPresent(details::ignoreCount);
            Optional.ofNullable(ignoreUserCount).ifPresent(details::ignoreUserCount);
            return Optional.of(details.build());
        }
    }

    /** Result of search_issues. */
    record IssueList(List<IssueView> issues,
            @JsonPropertyDescription("Pass as cursor to get the next page; absent on the last page") String nextCursor,
            @JsonPropertyDescription("How many issues match, when Sentry says") Long totalHits) {
    }

    /** Result of get_issue. */
    record IssueDetail(IssueView issue,
            @JsonPropertyDescription("The latest event, summarised; absent when the issue has none")
            EventView latestEvent) {
    }

    /** Result of bulk_update_issues. */
    record BulkResult(
            @JsonPropertyDescription("Whether any of the ids matched an issue the token can see") boolean matched,
            @JsonPropertyDescription("The ids the change was sent for") List<String> issueIds,
            @JsonPropertyDescription("The ids that named no issue the token can see: nothing was sent for them")
            List<String> unmatchedIds,
            @JsonPropertyDescription("The values Sentry reports it applied") String status,
            String substatus,
            String priority,
            String assignedTo,
            Boolean isBookmarked) {
    }

    static ToolOutput search(SentryClient client, SearchIssues args) {
        ListIssuesInput.Builder input = ListIssuesInput.builder()
                .query(Optional.ofNullable(args.query()).orElse(""))
                .limit(Optional.ofNullable(args.limit()).orElse(DEFAULT_LIMIT));
        Optional.ofNullable(args.projects()).ifPresent(input::addAllProjects);
        Optional.ofNullable(args.environments()).ifPresent(input::addAllEnvironments);
        Optional.ofNullable(args.period()).ifPresent(input::statsPeriod);
        Optional.ofNullable(args.sort()).ifPresent(sort -> input.sort(sort.sort));
        Optional.ofNullable(args.cursor()).ifPresent(input::cursor);
        Page<Issue> page = client.listIssues(input.build());
        List<IssueView> issues = page.items().stream().map(IssueView::of).toList();
        StringBuilder text = new StringBuilder(page.message()).append('\n');
        issues.forEach(issue -> text.append(issue.line()).append('\n'));
        page.nextCursor().ifPresent(next -> text.append("Next page: cursor ").append(next));
        IssueList result = new IssueList(issues, page.nextCursor().orElse(null),
                page.totalHits().isPresent() ? page.totalHits().getAsLong() : null);
        return new ToolOutput(text.toString().strip(), result);
    }

    static ToolOutput get(SentryClient client, IssueArgs args) {
        Issue issue = client.getIssue(GetIssueInput.builder().issueId(args.issueId()).build()).data();
        EventView latest;
        try {
            latest = EventView.of(client.getIssueEvent(GetIssueEventInput.latest(issue.id())).data());
        } catch (SentryNotFoundException noEvent) {
            latest = null;
        }
        IssueView view = IssueView.of(issue);
        String text = view.details() + "\n\nLatest event: "
                + (latest == null ? "none (Sentry keeps no event of this issue)" : "\n" + latest.markdown());
        return new ToolOutput(text, new IssueDetail(view, latest));
    }

    static ToolOutput update(SentryClient client, UpdateIssue args) {
        Change change = args.change();
        UpdateIssueInput.Builder input = UpdateIssueInput.builder().issueId(args.issueId())
                .status(change.issueStatus())
                .substatus(change.issueSubstatus())
                .statusDetails(change.details())
                .priority(change.issuePriority())
                .isBookmarked(Optional.ofNullable(change.isBookmarked()));
        Optional.ofNullable(change.assignee()).ifPresent(input::assignee);
        SentryResponse<Issue> response = client.updateIssue(input.build());
        IssueView view = IssueView.of(response.data());
        return new ToolOutput(response.message() + "\n" + view.details(), view);
    }

    static ToolOutput bulkUpdate(SentryClient client, BulkUpdateIssues args) {
        Change change = args.change();
        BulkUpdateIssuesInput.Builder input = BulkUpdateIssuesInput.builder()
                .issueIds(Optional.ofNullable(args.issueIds()).orElse(List.of()))
                .status(change.issueStatus())
                .substatus(change.issueSubstatus())
                .statusDetails(change.details())
                .priority(change.issuePriority())
                .isBookmarked(Optional.ofNullable(change.isBookmarked()));
        Optional.ofNullable(change.assignee()).ifPresent(input::assignee);
        SentryResponse<BulkUpdateResult> response = client.bulkUpdateIssues(input.build());
        BulkUpdateResult applied = response.data();
        BulkResult result = new BulkResult(applied.matched(), applied.issueIds(), applied.unmatchedIds(),
                applied.status().map(IssueStatus::value).orElse(null),
                applied.substatus().map(IssueSubstatus::value).orElse(null),
                applied.priority().map(IssuePriority::value).orElse(null),
                applied.assignedTo().map(actor -> actor.assignee()).orElse(null),
                applied.isBookmarked().orElse(null));
        return new ToolOutput(response.message(), result);
    }
}
