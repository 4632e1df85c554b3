package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The issue routes with Sentry's semantics: the issue stream ({@code GET .../issues/}) with its search and
 * {@code Link} pagination, bulk update and delete, one issue by numeric or short id, partial updates validated like
 * Sentry's {@code GroupValidator}, deletes, and short id lookups.
 */
final class IssueRoutes {

    static final String ISSUES = OrganizationRoutes.ORG + "issues/";
    static final String ISSUE = ISSUES + "{issueId}/";
    private static final Set<String> UPDATE_STATUSES = Set.of("resolved", "unresolved", "ignored",
            "resolvedInNextRelease", "muted");
    private static final Map<String, String> SUBSTATUS_ALIASES = Map.of("until_escalating",
            "archived_until_escalating", "until_condition_met", "archived_until_condition_met", "forever",
            "archived_forever");
    private static final Set<String> PRIORITIES = Set.of("low", "medium", "high");
    private static final List<String> FLAGS = List.of("hasSeen", "isBookmarked", "isSubscribed", "isPublic",
            "inbox");
    private static final Set<String> GROUP_STATS_PERIODS = Set.of("", "24h", "14d", "auto");
    /** Every value Sentry's issue search takes after {@code is:}, sorted as its error message lists them. */
    private static final List<String> IS_VALUES = List.of("archived", "archived_forever",
            "archived_until_condition_met", "archived_until_escalating", "assigned", "escalating", "for_review",
            "ignored", "linked", "muted", "new", "ongoing", "regressed", "reprocessing", "resolved", "unassigned",
            "unlinked", "unresolved", "until_condition_met", "until_escalating");
    /** What Sentry searches when the request has no {@code query} at all. */
    static final String DEFAULT_QUERY = "is:unresolved";
    static final int MAX_BULK = 1000;

    private IssueRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(ISSUES, IssueRoutes::listIssues),
                Route.put(ISSUES, IssueRoutes::bulkUpdate),
                Route.delete(ISSUES, IssueRoutes::bulkDelete),
                Route.get(ISSUE, IssueRoutes::getIssue),
                Route.put(ISSUE, IssueRoutes::updateIssue),
                Route.delete(ISSUE, IssueRoutes::deleteIssue),
                Route.get(OrganizationRoutes.ORG + "shortids/{shortId}/", IssueRoutes::resolveShortId));
    }

    static FakeState.IssueRecord issue(FakeRequest request) {
        return request.state().find(request.pathParam("issueId"))
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    private static FakeResponse getIssue(FakeRequest request) {
        return FakeResponse.json(200, Bodies.issueDetail(issue(request), request.state()));
    }

    static FakeResponse updateIssue(FakeRequest request) {
        FakeState.IssueRecord record = issue(request);
        JsonNode body = object(request);
        Map<String, Object> errors = new LinkedHashMap<>();
        Issue.Builder changed = Issue.builder().from(record.issue());
        ObjectNode statusDetails = body.path("statusDetails").isObject()
                ? ((ObjectNode) body.get("statusDetails")).deepCopy() : null;
        if (statusDetails != null) {
            releases(request.state(), record.issue().project().slug(), statusDetails, errors);
        }
        String status = text(body, "status", errors, UPDATE_STATUSES);
        String substatus = substatus(body, errors);
        String priority = text(body, "priority", errors, PRIORITIES);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : FLAGS) {
            flag(body, flag, errors).ifPresent(value -> flags.put(flag, value));
        }
        if (body.has("assignedTo")) {
            assignee(request, record.issue().project().slug(), body.get("assignedTo"), changed, errors);
        }
        if (!errors.isEmpty()) {
            return FakeResponse.json(400, errors);
        }
        if (status != null) {
            applyStatus(record, changed, status, substatus, statusDetails, request.state().now());
        } else if (substatus != null || body.has("substatus")) {
            changed.substatus(Optional.ofNullable(substatus).map(IssueSubstatus::fromValue));
        }
        if (priority != null) {
            changed.priority(IssuePriority.fromValue(priority));
        }
        applyFlags(record, changed, flags);
        record.issue(changed.build());
        return FakeResponse.json(200, Bodies.issue(record));
    }

    private static void applyStatus(FakeState.IssueRecord record, Issue.Builder changed, String status,
            String substatus, ObjectNode statusDetails, Instant now) {
        ObjectNode details = statusDetails == null ? FakeJson.mapper().createObjectNode() : statusDetails;
        IssueStatus newStatus;
        String derived;
        switch (status) {
            case "resolvedInNextRelease" -> {
                newStatus = IssueStatus.RESOLVED;
                details = FakeJson.mapper().createObjectNode().put("inNextRelease", true);
                derived = null;
            }
            case "resolved" -> {
                newStatus = IssueStatus.RESOLVED;
                derived = null;
            }
            case "unresolved" -> {
                newStatus = IssueStatus.UNRESOLVED;
                details = FakeJson.mapper().createObjectNode();
                derived = IssueSubstatus.ONGOING.value();
            }
            default -> {
                newStatus = IssueStatus.IGNORED;
                if (details.has("ignoreDuration")) {
                    // Sentry stores a duration as the time it ends.
                    long minutes = details.remove("ignoreDuration").asLong();
                    details.put("ignoreUntil", Bodies.date(now.plus(Duration.ofMinutes(minutes))));
                }
                derived = details.isEmpty() ? IssueSubstatus.ARCHIVED_FOREVER.value()
                        : IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET.value();
            }
        }
        changed.status(newStatus);
        String effective = substatus != null ? substatus : derived;
        changed.substatus(Optional.ofNullable(effective).map(IssueSubstatus::fromValue));
        record.statusDetails(details);
    }

    private static void applyFlags(FakeState.IssueRecord record, Issue.Builder changed, Map<String, Boolean> flags) {
        flags.forEach((flag, value) -> {
            switch (flag) {
                case "hasSeen" -> changed.hasSeen(value);
                case "isBookmarked" -> changed.isBookmarked(value);
                case "isSubscribed" -> changed.isSubscribed(value);
                case "isPublic" -> {
                    changed.isPublic(value);
                    record.shareId(value ? UUID.randomUUID().toString().replace("-", "") : null);
                }
                default -> {
                    // inbox: accepted and validated like Sentry, but the fake keeps no inbox
                }
            }
        });
    }

    /**
     * Sentry's {@code StatusDetailsValidator} (src/sentry/api/helpers/group_index/validators/status_details.py):
     * {@code inRelease} must name a release of the issue's project ({@code latest}: its newest), and
     * {@code inNextRelease} needs a release to follow.
     */
    private static void releases(FakeState state, String project, ObjectNode statusDetails,
            Map<String, Object> errors) {
        Map<String, List<String>> details = new LinkedHashMap<>();
        String noRelease = "No release data present in the system to form a basis for 'Next Release'";
        JsonNode inRelease = statusDetails.get("inRelease");
        if (inRelease != null && !inRelease.isNull()) {
            String version = inRelease.asText();
            boolean known = "latest".equals(version) ? state.latestRelease(project).isPresent()
                    : state.release(version, project).isPresent();
            if (!known) {
                details.put("inRelease", List.of("latest".equals(version) ? noRelease
                        : "Unable to find a release with the given version."));
            }
        }
        if (statusDetails.path("inNextRelease").asBoolean(false) && state.latestRelease(project).isEmpty()) {
            details.put("inNextRelease", List.of(noRelease));
        }
        if (!details.isEmpty()) {
            errors.put("statusDetails", details);
        }
    }

    private static void assignee(FakeRequest request, String project, JsonNode value, Issue.Builder changed,
            Map<String, Object> errors) {
        if (value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            changed.assignedTo(Optional.empty());
            return;
        }
        if (!value.isTextual()) {
            errors.put("assignedTo", List.of("Unknown actor input"));
            return;
        }
        String identifier = value.asText();
        if (identifier.startsWith("team:")) {
            // Sentry's parse_and_validate_actor (src/sentry/types/actor.py) refuses a team it cannot find, and
            // GroupValidator.validate_assignedTo a team without access to the issue's project.
            Optional<FakeState.Team> team = request.state().team(identifier);
            if (team.isEmpty()) {
                errors.put("assignedTo", List.of("Team does not exist"));
                return;
            }
            if (!team.get().hasAccess(project)) {
                errors.put("assignedTo", List.of("Cannot assign to a team without access to the project"));
                return;
            }
            changed.assignedTo(Actor.builder().type(Actor.Type.TEAM).id(team.get().id())
                    .name(team.get().slug()).build());
            return;
        }
        Optional<User> member = request.state().member(identifier);
        if (member.isEmpty()) {
            errors.put("assignedTo", List.of("Cannot assign to non-team member"));
            return;
        }
        changed.assignedTo(Bodies.actor(member.get()));
    }

    private static String text(JsonNode body, String field, Map<String, Object> errors, Set<String> allowed) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && allowed.contains(value.asText())) {
            return value.asText();
        }
        errors.put(field, List.of("\"" + (value.isTextual() ? value.asText() : value.toString())
                + "\" is not a valid choice."));
        return null;
    }

    private static String substatus(JsonNode body, Map<String, Object> errors) {
        JsonNode value = body.get("substatus");
        if (value == null || value.isNull()) {
            return null;
        }
        String text = SUBSTATUS_ALIASES.getOrDefault(value.asText(), value.asText());
        if (!value.isTextual() || IssueSubstatus.fromValue(text) == IssueSubstatus.UNKNOWN) {
            errors.put("substatus", List.of("\"" + value.asText() + "\" is not a valid choice."));
            return null;
        }
        return text;
    }

    private static Optional<Boolean> flag(JsonNode body, String field, Map<String, Object> errors) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        String text = value.asText();
        if (Set.of("true", "1", "True").contains(text)) {
            return Optional.of(true);
        }
        if (Set.of("false", "0", "False").contains(text)) {
            return Optional.of(false);
        }
        errors.put(field, List.of("Must be a valid boolean."));
        return Optional.empty();
    }

    static JsonNode object(FakeRequest request) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw new FakeResponse.Failure(FakeResponse.json(400, Map.of("non_field_errors",
                    List.of("Invalid data. Expected a dictionary, but got " + body.getNodeType().name()
                            .toLowerCase(java.util.Locale.ROOT) + "."))));
        }
        return body;
    }

    /**
     * The stream, checked in the order of Sentry's {@code OrganizationGroupIndexEndpoint.get}
     * (src/sentry/issues/endpoints/organization_group_index.py): the date range, {@code groupStatsPeriod}, the
     * projects, {@code group} ids (exactly those issues, whatever the query), then the search with its
     * {@code limit}.
     */
    private static FakeResponse listIssues(FakeRequest request) {
        DateRange.check(request);
        String groupStatsPeriod = request.queryParam("groupStatsPeriod").orElse(null);
        if (groupStatsPeriod != null && !GROUP_STATS_PERIODS.contains(groupStatsPeriod)) {
            return FakeResponse.detail(400, "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'");
        }
        if (request.queryParams("group").stream().anyMatch(id -> !id.matches("-?[0-9]+"))) {
            return FakeResponse.detail(400, "Group ids must be integers");
        }
        int limit = request.queryParam("limit").filter(value -> !value.isEmpty()).map(IssueRoutes::limit)
                .orElse(Pages.DEFAULT_PER_PAGE);
        List<FakeState.IssueRecord> found = search(request, Integer.MAX_VALUE);
        Comparator<Issue> order = switch (request.queryParam("sort").orElse("date")) {
            case "new" -> Comparator.comparing(Issue::firstSeen);
            case "freq" -> Comparator.comparingLong(Issue::count);
            case "user" -> Comparator.comparingInt(Issue::userCount);
            default -> Comparator.comparing(Issue::lastSeen);
        };
        List<ObjectNode> bodies = found.stream()
                .sorted(Comparator.comparing(FakeState.IssueRecord::issue, order.reversed()
                        .thenComparing(Issue::id, Comparator.reverseOrder())))
                .map(IssueRoutes::streamIssue)
                .toList();
        return Pages.page(request, bodies, limit);
    }

    /** An issue as the stream lists it: the issue body plus the stream's own fields. */
    private static ObjectNode streamIssue(FakeState.IssueRecord record) {
        Issue issue = record.issue();
        ObjectNode json = Bodies.issue(record);
        ObjectNode lifetime = json.putObject("lifetime");
        lifetime.put("count", Long.toString(issue.count()));
        lifetime.put("userCount", issue.userCount());
        lifetime.put("firstSeen", Bodies.date(issue.firstSeen()));
        lifetime.put("lastSeen", Bodies.date(issue.lastSeen()));
        json.putNull("filtered");
        json.putObject("stats").putArray("24h");
        ObjectNode inbox = json.putObject("inbox");
        inbox.put("reason", 0);
        inbox.putNull("reason_details");
        inbox.put("date_added", Bodies.date(issue.firstSeen()));
        ObjectNode owners = json.putObject("owners");
        owners.put("type", "user");
        owners.put("owner", FakeState.TOKEN_USER.id());
        owners.put("date_added", Bodies.date(issue.firstSeen()));
        ObjectNode derived = json.putObject("derivedData");
        derived.put("blocker", "none");
        derived.put("progress", "none");
        derived.put("status", "open");
        derived.put("viewCount", 0);
        derived.put("hasOpenFixPr", false);
        derived.put("isAssigned", issue.assignedTo().isPresent());
        derived.put("hasRootCause", false);
        derived.put("lastCompletedAutofixStep", "none");
        derived.putNull("lastProgressedAt");
        json.putArray("integrationIssues");
        json.putArray("sentryAppIssues");
        json.put("sessionCount", 0);
        json.put("latestEventHasAttachments", false);
        json.putNull("matchingEventId");
        json.putNull("matchingEventEnvironment");
        return json;
    }

    /**
     * Sentry's {@code build_query_params_from_request}: a limit that is not an integer is {@code invalid limit};
     * its paginator then caps the page at 100. A limit below 1 is refused with the same message (what Sentry
     * does with it is not visible in its source; the client never sends one).
     */
    private static int limit(String value) {
        if (!value.matches("-?[0-9]{1,9}") || Integer.parseInt(value) < 1) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "invalid limit"));
        }
        return Math.min(Integer.parseInt(value), Pages.MAX_PER_PAGE);
    }

    /**
     * The issues the request's {@code id}, {@code project}, {@code environment} and {@code query} select; without
     * ids the query applies, and without a query Sentry's default one.
     */
    private static List<FakeState.IssueRecord> search(FakeRequest request, int max) {
        List<String> ids = new java.util.ArrayList<>(request.queryParams("id"));
        // The stream's group parameter names issues exactly, whatever the query.
        ids.addAll(request.queryParams("group"));
        return search(request, max, ids);
    }

    /** The issues {@code ids} name, or, without ids, those the request's query finds. */
    private static List<FakeState.IssueRecord> search(FakeRequest request, int max, List<String> ids) {
        List<String> projects = request.queryParams("project");
        List<String> environments = request.queryParams("environment");
        checkMultiProject(request, projects);
        Predicate<FakeState.IssueRecord> selected;
        if (!ids.isEmpty()) {
            selected = record -> ids.contains(record.issue().id());
        } else {
            String query = request.queryParam("query").orElse(DEFAULT_QUERY);
            selected = matches(request.state(), query);
        }
        return request.state().issues().stream()
                .filter(selected)
                .filter(record -> projects.isEmpty() || projects.contains("-1")
                        || projects.contains(record.issue().project().id())
                        || projects.contains(record.issue().project().slug()))
                .filter(record -> environments.isEmpty() || environments.stream().anyMatch(environment ->
                        record.tags().getOrDefault("environment", Map.of()).containsKey(environment)))
                .limit(max)
                .toList();
    }

    /**
     * A small part of Sentry's search: {@code is:}, {@code assigned:}, priority, bookmarks, {@code firstRelease:},
     * tags (such as {@code release:}) and free text.
     */
    private static Predicate<FakeState.IssueRecord> matches(FakeState state, String query) {
        Predicate<FakeState.IssueRecord> all = record -> true;
        for (String token : query.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int colon = token.indexOf(':');
            String key = colon < 0 ? "" : token.substring(0, colon);
            String value = colon < 0 ? token : token.substring(colon + 1);
            if (key.equals("firstRelease") || key.equals("first_release")) {
                // Sentry's first-release search: the release the issue's events first carried.
                all = all.and(record -> value.equals(ReleaseRoutes.firstRelease(record)));
                continue;
            }
            Predicate<Issue> test = switch (key) {
                case "is" -> is(value);
                case "assigned" -> issue -> issue.assignedTo().isPresent() && ("me".equals(value)
                        ? issue.assignedTo().get().id().equals(FakeState.TOKEN_USER.id())
                        : issue.assignedTo().get().email().map(value::equalsIgnoreCase).orElse(false)
                                || issue.assignedTo().get().id().equals(value));
                case "issue.priority" -> issue -> issue.priority().map(p -> p.value().equals(value)).orElse(false);
                case "bookmarks" -> Issue::isBookmarked;
                case "" -> issue -> issue.title().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
                default -> null;
            };
            if (test == null) {
                all = all.and(record -> record.tags().getOrDefault(key, Map.of()).containsKey(value));
            } else {
                all = all.and(record -> test.test(record.issue()));
            }
        }
        return all;
    }

    /**
     * The {@code is:} values of Sentry's issue search ({@code is_filter_translation} in
     * src/sentry/issues/issue_search.py: statuses, substatuses, assignment, inbox and links); any other value is
     * Sentry's 400.
     */
    private static Predicate<Issue> is(String value) {
        return switch (value) {
            case "unresolved" -> issue -> issue.status() == IssueStatus.UNRESOLVED;
            case "resolved" -> issue -> issue.status() == IssueStatus.RESOLVED;
            case "ignored", "archived", "muted" -> issue -> issue.status() == IssueStatus.IGNORED;
            case "assigned" -> issue -> issue.assignedTo().isPresent();
            case "unassigned" -> issue -> issue.assignedTo().isEmpty();
            // The fake keeps no reprocessing, inbox or linked external issues.
            case "reprocessing", "for_review", "linked" -> issue -> false;
            case "unlinked" -> issue -> true;
            default -> {
                if (!IS_VALUES.contains(value)) {
                    throw new FakeResponse.Failure(FakeResponse.detail(400, "Error parsing search query: Invalid"
                            + " value for \"is\" search, valid values are " + IS_VALUES.stream()
                            .map(key -> "'" + key + "'").collect(Collectors.joining(", ", "[", "]"))));
                }
                String substatus = SUBSTATUS_ALIASES.getOrDefault(value, value);
                yield issue -> issue.substatus().map(s -> s.value().equals(substatus)).orElse(false);
            }
        };
    }

    /** Without the multi-project stream feature, a request across projects is refused, as Sentry refuses it. */
    private static void checkMultiProject(FakeRequest request, List<String> projects) {
        if (request.state().multiProjectStream()) {
            return;
        }
        long spanned = request.state().issues().stream().map(record -> record.issue().project().id()).distinct()
                .count();
        if (projects.contains("-1") || projects.size() > 1 || projects.isEmpty() && spanned > 1) {
            throw new FakeResponse.Failure(FakeResponse.detail(400,
                    "You do not have the multi project stream feature enabled"));
        }
    }

    /**
     * Sentry's bulk update: the same body as a single update, applied to the selected issues; the answer is the
     * delta, or 204 when nothing matched. Without ids it applies to the issues matching the query, as Sentry does;
     * and when none of the ids names an issue, Sentry runs the request's search instead and applies the change to
     * what it finds (up to 1000 issues: {@code update_groups_with_search_fn}), and so does the fake.
     */
    private static FakeResponse bulkUpdate(FakeRequest request) {
        List<FakeState.IssueRecord> selected = search(request, MAX_BULK);
        if (selected.isEmpty() && !request.queryParams("id").isEmpty()) {
            selected = search(request, MAX_BULK, List.of());
        }
        if (selected.isEmpty()) {
            return FakeResponse.empty(204);
        }
        Issue last = null;
        for (FakeState.IssueRecord record : selected) {
            FakeResponse answer = IssueRoutes.updateIssue(forIssue(request, record));
            if (answer.status() != 200) {
                return answer;
            }
            last = record.issue();
        }
        JsonNode body = request.json();
        ObjectNode delta = FakeJson.mapper().createObjectNode();
        FakeState.IssueRecord lastRecord = selected.get(selected.size() - 1);
        if (body.has("status")) {
            delta.put("status", Bodies.wireStatus(last.status()));
            delta.set("statusDetails", lastRecord.statusDetails().deepCopy());
            last.substatus().ifPresent(substatus -> delta.put("substatus", substatus.value()));
        }
        if (body.has("priority")) {
            delta.put("priority", last.priority().map(p -> p.value()).orElse(null));
        }
        if (body.has("assignedTo")) {
            if (last.assignedTo().isPresent()) {
                delta.set("assignedTo", Bodies.actor(last.assignedTo().get()));
            } else {
                delta.putNull("assignedTo");
            }
        }
        for (String flag : List.of("hasSeen", "isBookmarked", "isSubscribed", "isPublic")) {
            if (body.has(flag)) {
                delta.set(flag, body.get(flag));
            }
        }
        if (body.has("isPublic")) {
            delta.put("shareId", lastRecord.shareId());
        }
        return FakeResponse.json(200, delta);
    }

    /**
     * The project-scoped issue routes ({@code /api/0/projects/{org}/{project}/issues/}): the organization's stream,
     * bulk update and bulk delete with the same search, paging and id rules, limited to the project.
     */
    static FakeResponse inProject(FakeRequest request, String projectSlug, String method) {
        String query = request.rawQuery() == null ? "" : Stream.of(request.rawQuery().split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("project="))
                .collect(Collectors.joining("&"));
        query = (query.isEmpty() ? "" : query + "&") + "project=" + URLEncoder.encode(projectSlug,
                StandardCharsets.UTF_8);
        FakeRequest scoped = new FakeRequest(request.path(), query, Map.of("org", request.pathParam("org")),
                request.body(), request.baseUrl(), request.state());
        return switch (method) {
            case "GET" -> listIssues(scoped);
            case "PUT" -> bulkUpdate(scoped);
            default -> bulkDelete(scoped);
        };
    }

    /** Sentry's bulk delete: 204; without ids it deletes up to 1000 issues matching the query, as Sentry does. */
    private static FakeResponse bulkDelete(FakeRequest request) {
        search(request, MAX_BULK).forEach(request.state()::remove);
        return FakeResponse.empty(204);
    }

    private static FakeResponse deleteIssue(FakeRequest request) {
        request.state().remove(IssueRoutes.issue(request));
        return FakeResponse.empty(202);
    }

    private static FakeRequest forIssue(FakeRequest request, FakeState.IssueRecord record) {
        return new FakeRequest(request.path() + record.issue().id() + "/", null,
                Map.of("org", request.pathParam("org"), "issueId", record.issue().id()), request.body(),
                request.baseUrl(), request.state());
    }

    private static FakeResponse resolveShortId(FakeRequest request) {
        String shortId = request.pathParam("shortId");
        FakeState.IssueRecord record = request.state().issues().stream()
                .filter(r -> r.issue().shortId().equalsIgnoreCase(shortId))
                .findFirst()
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404, "Short ID not found")));
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("organizationSlug", request.pathParam("org"));
        json.put("projectSlug", record.issue().project().slug());
        json.put("groupId", record.issue().id());
        json.put("shortId", record.issue().shortId());
        json.set("group", Bodies.issue(record));
        return FakeResponse.json(200, json);
    }
}
