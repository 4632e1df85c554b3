package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The triage routes beyond a single issue: the issue stream with its search and {@code Link} pagination, bulk
 * update and delete, single delete, comment edit and delete, tag keys, events and hashes, short ids, projects,
 * members and the organization, with Sentry's status codes and body shapes.
 */
final class TriageRoutes {

    static final String ORG = "/api/0/organizations/{org}/";
    static final String ISSUES = ORG + "issues/";

    /** What Sentry searches when the request has no {@code query} at all. */
    static final String DEFAULT_QUERY = "is:unresolved";
    static final int MAX_BULK = 1000;
    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final int TOP_VALUES = 9;
    /** The feature flags Sentry's project list reports, all off in the fake. */
    private static final List<String> PROJECT_FLAGS = List.of("firstTransactionEvent", "hasFeedbacks", "hasFlags",
            "hasInsightsAgentMonitoring", "hasInsightsAppStart", "hasInsightsAssets", "hasInsightsCaches",
            "hasInsightsDb", "hasInsightsHttp", "hasInsightsMCP", "hasInsightsQueues", "hasInsightsScreenLoad",
            "hasInsightsVitals", "hasLogs", "hasMinifiedStackTrace", "hasMonitors", "hasNewFeedbacks", "hasProfiles",
            "hasReplays", "hasSessions", "hasTraceMetrics", "hasUserReports");

    private TriageRoutes() {
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get(ISSUES, TriageRoutes::listIssues));
        routes.add(Route.put(ISSUES, TriageRoutes::bulkUpdate));
        routes.add(Route.delete(ISSUES, TriageRoutes::bulkDelete));
        routes.add(Route.delete(IssueRoutes.ISSUE, TriageRoutes::deleteIssue));
        for (String word : List.of("comments/", "notes/")) {
            routes.add(Route.put(IssueRoutes.ISSUE + word + "{noteId}/", TriageRoutes::editComment));
            routes.add(Route.delete(IssueRoutes.ISSUE + word + "{noteId}/", TriageRoutes::deleteComment));
        }
        routes.add(Route.get(IssueRoutes.ISSUE + "tags/", TriageRoutes::tagKeys));
        routes.add(Route.get(IssueRoutes.ISSUE + "events/", TriageRoutes::listEvents));
        routes.add(Route.get(IssueRoutes.ISSUE + "events/{eventId}/", TriageRoutes::getEvent));
        routes.add(Route.get(IssueRoutes.ISSUE + "hashes/", TriageRoutes::listHashes));
        routes.add(Route.get(ORG + "shortids/{shortId}/", TriageRoutes::resolveShortId));
        routes.add(Route.get(ORG + "projects/", TriageRoutes::listProjects));
        routes.add(Route.get(ORG + "members/", TriageRoutes::listMembers));
        routes.add(Route.get(ORG, TriageRoutes::getOrganization));
        return routes;
    }

    // The issue stream -------------------------------------------------------------------------------------------

    private static FakeResponse listIssues(FakeRequest request) {
        int limit = request.queryParam("limit").map(TriageRoutes::limit).orElse(Pages.DEFAULT_PER_PAGE);
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
                .map(TriageRoutes::streamIssue)
                .toList();
        return Pages.page(request, bodies, limit);
    }

    /** An issue as the stream lists it: the issue body plus the stream's own fields. */
    private static ObjectNode streamIssue(FakeState.IssueRecord record) {
        Issue issue = record.issue();
        ObjectNode json = Bodies.issue(record, false);
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

    private static int limit(String value) {
        int limit = value.matches("\\d{1,3}") ? Integer.parseInt(value) : -1;
        if (limit < 1 || limit > Pages.MAX_PER_PAGE) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid limit: must be 1 to 100."));
        }
        return limit;
    }

    /**
     * The issues the request's {@code id}, {@code project}, {@code environment} and {@code query} select; without
     * ids the query applies, and without a query Sentry's default one.
     */
    private static List<FakeState.IssueRecord> search(FakeRequest request, int max) {
        List<String> ids = request.queryParams("id");
        List<String> projects = request.queryParams("project");
        List<String> environments = request.queryParams("environment");
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

    /** A small part of Sentry's search: {@code is:}, {@code assigned:}, priority, bookmarks, tags and free text. */
    private static Predicate<FakeState.IssueRecord> matches(FakeState state, String query) {
        Predicate<FakeState.IssueRecord> all = record -> true;
        for (String token : query.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int colon = token.indexOf(':');
            String key = colon < 0 ? "" : token.substring(0, colon);
            String value = colon < 0 ? token : token.substring(colon + 1);
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

    private static Predicate<Issue> is(String value) {
        return switch (value) {
            case "unresolved" -> issue -> issue.status() == IssueStatus.UNRESOLVED;
            case "resolved" -> issue -> issue.status() == IssueStatus.RESOLVED;
            case "ignored", "archived" -> issue -> issue.status() == IssueStatus.IGNORED;
            case "assigned" -> issue -> issue.assignedTo().isPresent();
            case "unassigned" -> issue -> issue.assignedTo().isEmpty();
            default -> issue -> false;
        };
    }

    // Bulk and delete ---------------------------------------------------------------------------------------------

    /**
     * Sentry's bulk update: the same body as a single update, applied to the selected issues; the answer is the
     * delta, or 204 when nothing matched. Without ids it applies to the issues matching the query, as Sentry does.
     */
    private static FakeResponse bulkUpdate(FakeRequest request) {
        List<FakeState.IssueRecord> selected = search(request, MAX_BULK);
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

    // Comments ----------------------------------------------------------------------------------------------------

    private static FakeResponse editComment(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        int index = noteIndex(record, request.pathParam("noteId"));
        JsonNode text = request.json().get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return FakeResponse.fieldError("text", "This field may not be blank.");
        }
        FakeState.Note note = record.notes().get(index);
        FakeState.Note edited = new FakeState.Note(note.id(), note.user(), text.asText(), note.dateCreated());
        record.notes().set(index, edited);
        return FakeResponse.json(200, Bodies.note(edited));
    }

    private static FakeResponse deleteComment(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        record.notes().remove(noteIndex(record, request.pathParam("noteId")));
        record.issue(Issue.builder().from(record.issue()).numComments(record.issue().numComments() - 1).build());
        return FakeResponse.empty(204);
    }

    /** The token user's own note; any other answers 404, as Sentry does. */
    private static int noteIndex(FakeState.IssueRecord record, String noteId) {
        for (int i = 0; i < record.notes().size(); i++) {
            FakeState.Note note = record.notes().get(i);
            if (note.id().equals(noteId) && note.user().id().equals(FakeState.TOKEN_USER.id())) {
                return i;
            }
        }
        throw new FakeResponse.Failure(FakeResponse.detail(404, "The requested resource does not exist"));
    }

    // Tags, events and hashes -------------------------------------------------------------------------------------

    private static FakeResponse tagKeys(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        List<ObjectNode> keys = new ArrayList<>();
        // Most used keys first, as Sentry lists them.
        List<Map.Entry<String, Map<String, FakeState.TagCount>>> byUse = new ArrayList<>(record.tags().entrySet());
        byUse.sort(Comparator.comparingLong((Map.Entry<String, Map<String, FakeState.TagCount>> tag) -> total(
                tag.getValue())).reversed().thenComparing(Map.Entry::getKey));
        byUse.forEach(tag -> {
            String key = tag.getKey();
            Map<String, FakeState.TagCount> values = tag.getValue();
            ObjectNode json = FakeJson.mapper().createObjectNode();
            json.put("key", key);
            json.put("name", Bodies.tagName(key));
            json.put("totalValues", total(values));
            values.values().stream()
                    .sorted(Comparator.comparingLong(FakeState.TagCount::count).reversed())
                    .limit(TOP_VALUES)
                    .forEach(value -> json.withArray("topValues").add(Bodies.tagValue(key, value)));
            keys.add(json);
        });
        return FakeResponse.json(200, keys);
    }

    private static long total(Map<String, FakeState.TagCount> values) {
        return values.values().stream().mapToLong(FakeState.TagCount::count).sum();
    }

    private static FakeResponse listEvents(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        boolean full = request.queryParam("full").map(value -> value.equals("true") || value.equals("1"))
                .orElse(false);
        List<String> environments = request.queryParams("environment");
        List<ObjectNode> events = new ArrayList<>();
        for (int i = record.events().size() - 1; i >= 0; i--) {
            FakeState.Event event = record.events().get(i);
            if (environments.isEmpty() || environments.contains(event.tags().get("environment"))) {
                events.add(event(record, event, full));
            }
        }
        return Pages.page(request, events);
    }

    private static FakeResponse getEvent(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        String which = request.pathParam("eventId");
        List<FakeState.Event> events = record.events();
        Optional<FakeState.Event> event = switch (which) {
            case "latest", "recommended" -> events.isEmpty() ? Optional.empty()
                    : Optional.of(events.get(events.size() - 1));
            case "oldest" -> events.stream().findFirst();
            default -> EVENT_ID.matcher(which).matches()
                    ? events.stream().filter(e -> e.id().equalsIgnoreCase(which)).findFirst() : Optional.empty();
        };
        return event.map(found -> FakeResponse.json(200, eventDetail(record, found)))
                .orElseGet(() -> FakeResponse.detail(404, "Event not found"));
    }

    private static FakeResponse listHashes(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        ObjectNode hash = FakeJson.mapper().createObjectNode();
        hash.put("id", md5(record.issue().id()));
        if (record.events().isEmpty()) {
            hash.putNull("latestEvent");
        } else {
            hash.set("latestEvent", eventDetail(record, record.events().get(record.events().size() - 1)));
        }
        hash.put("mergedBySeer", false);
        hash.putNull("seerMatchDistance");
        return Pages.page(request, List.of(hash));
    }

    /** An event as the list shows it; {@code full} adds the body, as Sentry's {@code full=true} does. */
    private static ObjectNode event(FakeState.IssueRecord record, FakeState.Event event, boolean full) {
        ObjectNode json = eventSummary(record, event);
        json.put("event.type", "error");
        json.putNull("crashFile");
        if (full) {
            json.put("dateReceived", Bodies.date(event.dateCreated()));
            json.set("entries", entries(record.issue()));
            json.putObject("contexts");
        }
        return json;
    }

    /** An event as the event detail route returns it. */
    private static ObjectNode eventDetail(FakeState.IssueRecord record, FakeState.Event event) {
        List<FakeState.Event> events = record.events();
        int index = events.indexOf(event);
        ObjectNode json = eventSummary(record, event);
        json.put("type", "error");
        json.put("dateReceived", Bodies.date(event.dateCreated()));
        json.set("entries", entries(record.issue()));
        json.putObject("contexts");
        json.putObject("context");
        json.putObject("_meta");
        json.putObject("packages");
        json.putArray("errors");
        json.putArray("resolvedWith");
        json.putArray("sdkUpdates");
        json.putNull("dist");
        json.putNull("release");
        json.putNull("sdk");
        json.putNull("occurrence");
        json.putNull("userReport");
        json.put("size", 1024);
        json.put("nextEventID", index + 1 < events.size() ? events.get(index + 1).id() : null);
        json.put("previousEventID", index > 0 ? events.get(index - 1).id() : null);
        return json;
    }

    private static ObjectNode eventSummary(FakeState.IssueRecord record, FakeState.Event event) {
        Issue issue = record.issue();
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", event.id());
        json.put("eventID", event.id());
        json.put("groupID", issue.id());
        json.put("projectID", issue.project().id());
        json.put("title", issue.title());
        json.put("message", "");
        json.put("culprit", issue.culprit());
        json.putNull("location");
        json.put("platform", issue.platform().orElse("other"));
        json.put("dateCreated", Bodies.date(event.dateCreated()));
        json.putNull("user");
        json.putArray("tags");
        event.tags().forEach((key, value) -> json.withArray("tags").addObject().put("key", key).put("value", value));
        json.putObject("metadata").put("title", issue.title());
        return json;
    }

    private static JsonNode entries(Issue issue) {
        ObjectNode exception = FakeJson.mapper().createObjectNode();
        exception.put("type", "exception");
        exception.putObject("data").withArray("values").addObject().put("type", "Error").put("value", issue.title());
        return FakeJson.mapper().createArrayNode().add(exception);
    }

    // Organization ------------------------------------------------------------------------------------------------

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
        json.set("group", Bodies.issue(record, false));
        return FakeResponse.json(200, json);
    }

    private static FakeResponse listProjects(FakeRequest request) {
        Map<String, Project> projects = new LinkedHashMap<>();
        projects.put(FakeState.DEFAULT_PROJECT.id(), FakeState.DEFAULT_PROJECT);
        request.state().issues().forEach(record -> projects.putIfAbsent(record.issue().project().id(),
                record.issue().project()));
        List<ObjectNode> bodies = projects.values().stream().map(project -> {
            ObjectNode json = Bodies.project(project);
            json.put("dateCreated", "2024-01-01T00:00:00Z");
            json.put("isMember", true);
            json.put("hasAccess", true);
            json.put("isBookmarked", false);
            json.putArray("features");
            json.putArray("access").add("event:read").add("event:write");
            json.putArray("environments").add("production");
            json.putNull("firstEvent");
            json.putNull("latestRelease");
            json.putArray("platforms");
            json.putNull("team");
            json.putArray("teams");
            for (String flag : PROJECT_FLAGS) {
                json.put(flag, false);
            }
            return json;
        }).toList();
        return Pages.page(request, bodies);
    }

    private static FakeResponse listMembers(FakeRequest request) {
        String query = request.queryParam("query").orElse("");
        String email = query.startsWith("email:") ? query.substring("email:".length()) : null;
        List<ObjectNode> members = request.state().members().stream()
                .filter(user -> email == null || user.email().map(email::equalsIgnoreCase).orElse(false))
                .map(TriageRoutes::member)
                .toList();
        return Pages.page(request, members);
    }

    private static ObjectNode member(User user) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", "10" + user.id());
        json.put("email", user.email().orElse(""));
        json.put("name", user.name());
        ObjectNode account = Bodies.user(user);
        account.put("dateJoined", "2024-01-01T00:00:00Z");
        account.putNull("lastLogin");
        account.putNull("lastActive");
        account.put("has2fa", false);
        account.put("isStaff", false);
        account.put("isSuperuser", false);
        account.put("isSuspended", false);
        account.putObject("experiments");
        ObjectNode primary = account.putArray("emails").addObject();
        primary.put("id", user.id());
        primary.put("email", user.email().orElse(""));
        primary.put("is_verified", true);
        json.set("user", account);
        ObjectNode flags = json.putObject("flags");
        for (String flag : List.of("idp:provisioned", "idp:role-restricted", "sso:linked", "sso:invalid",
                "member-limit:restricted", "partnership:restricted")) {
            flags.put(flag, false);
        }
        json.put("orgRole", user.id().equals(FakeState.TOKEN_USER.id()) ? "owner" : "member");
        json.put("pending", false);
        json.put("expired", false);
        json.put("dateCreated", "2024-01-01T00:00:00Z");
        json.put("inviteStatus", "approved");
        json.putNull("inviterName");
        return json;
    }

    private static FakeResponse getOrganization(FakeRequest request) {
        String org = request.pathParam("org");
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", "1");
        json.put("slug", org);
        json.put("name", org);
        json.put("dateCreated", "2024-01-01T00:00:00Z");
        json.putObject("status").put("id", "active").put("name", "active");
        json.putObject("avatar").put("avatarType", "letter_avatar").putNull("avatarUuid");
        json.put("isEarlyAdopter", false);
        json.put("require2FA", false);
        json.put("hasAuthProvider", false);
        json.put("allowMemberInvite", true);
        json.put("allowMemberProjectCreation", true);
        json.put("allowSuperuserAccess", false);
        ObjectNode links = json.putObject("links");
        links.put("organizationUrl", request.baseUrl());
        // The fake is its own region: a client that discovers its region keeps talking to the fake.
        links.put("regionUrl", request.baseUrl());
        return FakeResponse.json(200, json);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
