package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The org-scoped issue routes ({@code /api/0/organizations/{org}/issues/{issueId}/...}) with Sentry's semantics:
 * lookup by numeric or short id, partial updates validated like Sentry's {@code GroupValidator}, notes with the
 * duplicate guard, and tag values aggregated from events.
 */
final class IssueRoutes {

    static final String ISSUE = "/api/0/organizations/{org}/issues/{issueId}/";

    private static final Set<String> UPDATE_STATUSES = Set.of("resolved", "unresolved", "ignored",
            "resolvedInNextRelease", "muted");
    private static final Map<String, String> SUBSTATUS_ALIASES = Map.of("until_escalating",
            "archived_until_escalating", "until_condition_met", "archived_until_condition_met", "forever",
            "archived_forever");
    private static final Set<String> PRIORITIES = Set.of("low", "medium", "high");
    private static final List<String> FLAGS = List.of("hasSeen", "isBookmarked", "isSubscribed", "isPublic",
            "inbox");
    private static final Duration DUPLICATE_WINDOW = Duration.ofHours(1);
    private static final int TOP_VALUES = 9;

    private IssueRoutes() {
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get(ISSUE, IssueRoutes::getIssue));
        routes.add(Route.put(ISSUE, IssueRoutes::updateIssue));
        // Sentry mounts the note routes under both words.
        for (String word : List.of("comments/", "notes/")) {
            routes.add(Route.get(ISSUE + word, IssueRoutes::listComments));
            routes.add(Route.post(ISSUE + word, IssueRoutes::addComment));
        }
        routes.add(Route.get(ISSUE + "tags/{key}/", IssueRoutes::tagDetails));
        routes.add(Route.get(ISSUE + "tags/{key}/values/", IssueRoutes::tagValues));
        return routes;
    }

    static FakeState.IssueRecord issue(FakeRequest request) {
        return request.state().find(request.pathParam("issueId"))
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    private static FakeResponse getIssue(FakeRequest request) {
        return FakeResponse.json(200, Bodies.issue(issue(request), true));
    }

    static FakeResponse updateIssue(FakeRequest request) {
        FakeState.IssueRecord record = issue(request);
        JsonNode body = object(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Issue.Builder changed = Issue.builder().from(record.issue());
        ObjectNode statusDetails = body.path("statusDetails").isObject()
                ? ((ObjectNode) body.get("statusDetails")).deepCopy() : null;
        String status = text(body, "status", errors, UPDATE_STATUSES);
        String substatus = substatus(body, errors);
        String priority = text(body, "priority", errors, PRIORITIES);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : FLAGS) {
            flag(body, flag, errors).ifPresent(value -> flags.put(flag, value));
        }
        if (body.has("assignedTo")) {
            assignee(request, body.get("assignedTo"), changed, errors);
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
        return FakeResponse.json(200, Bodies.issue(record, false));
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

    private static void assignee(FakeRequest request, JsonNode value, Issue.Builder changed,
            Map<String, List<String>> errors) {
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
            errors.put("assignedTo", List.of("Cannot assign to a team without access to the project"));
            return;
        }
        Optional<User> member = request.state().member(identifier);
        if (member.isEmpty()) {
            errors.put("assignedTo", List.of("Cannot assign to non-team member"));
            return;
        }
        changed.assignedTo(Bodies.actor(member.get()));
    }

    private static String text(JsonNode body, String field, Map<String, List<String>> errors, Set<String> allowed) {
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

    private static String substatus(JsonNode body, Map<String, List<String>> errors) {
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

    private static Optional<Boolean> flag(JsonNode body, String field, Map<String, List<String>> errors) {
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

    private static JsonNode object(FakeRequest request) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw new FakeResponse.Failure(FakeResponse.json(400, Map.of("non_field_errors",
                    List.of("Invalid data. Expected a dictionary, but got " + body.getNodeType().name()
                            .toLowerCase(java.util.Locale.ROOT) + "."))));
        }
        return body;
    }

    private static FakeResponse listComments(FakeRequest request) {
        FakeState.IssueRecord record = issue(request);
        List<ObjectNode> notes = new ArrayList<>();
        for (int i = record.notes().size() - 1; i >= 0; i--) {
            notes.add(Bodies.note(record.notes().get(i)));
        }
        return Pages.page(request, notes);
    }

    private static FakeResponse addComment(FakeRequest request) {
        FakeState.IssueRecord record = issue(request);
        JsonNode body = object(request);
        JsonNode text = body.get("text");
        if (text == null || text.isNull()) {
            return FakeResponse.fieldError("text", "This field is required.");
        }
        if (!text.isTextual() || text.asText().isBlank()) {
            return FakeResponse.fieldError("text", text.isTextual() ? "This field may not be blank."
                    : "Not a valid string.");
        }
        JsonNode mentions = body.path("mentions");
        for (JsonNode mention : mentions.isArray() ? mentions : FakeJson.mapper().createArrayNode()) {
            if (!mention.isTextual() || request.state().member(mention.asText()).isEmpty()) {
                return FakeResponse.fieldError("mentions", "Cannot mention a non team member");
            }
        }
        User author = FakeState.TOKEN_USER;
        Instant now = request.state().now();
        boolean duplicate = record.notes().stream().anyMatch(note -> note.user().id().equals(author.id())
                && note.text().equals(text.asText()) && note.dateCreated().isAfter(now.minus(DUPLICATE_WINDOW)));
        if (duplicate) {
            return FakeResponse.detail(400, "You have already posted that comment.");
        }
        FakeState.Note note = new FakeState.Note(Long.toString(request.state().nextNoteId()), author,
                text.asText(), now);
        record.notes().add(note);
        record.issue(Issue.builder().from(record.issue()).numComments(record.issue().numComments() + 1)
                .isSubscribed(true).build());
        return FakeResponse.json(201, Bodies.note(note));
    }

    private static Map<String, FakeState.TagCount> tagKey(FakeRequest request) {
        FakeState.IssueRecord record = issue(request);
        Map<String, FakeState.TagCount> values = record.tags().get(request.pathParam("key"));
        if (values == null) {
            throw new FakeResponse.Failure(FakeResponse.detail(404, "The requested resource does not exist"));
        }
        return values;
    }

    private static FakeResponse tagDetails(FakeRequest request) {
        String key = request.pathParam("key");
        Map<String, FakeState.TagCount> values = tagKey(request);
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("key", key);
        json.put("name", Bodies.tagName(key));
        json.put("uniqueValues", values.size());
        json.put("totalValues", values.values().stream().mapToLong(FakeState.TagCount::count).sum());
        values.values().stream()
                .sorted(Comparator.comparingLong(FakeState.TagCount::count).reversed())
                .limit(TOP_VALUES)
                .forEach(value -> json.withArray("topValues").add(Bodies.tagValue(key, value)));
        return FakeResponse.json(200, json);
    }

    private static FakeResponse tagValues(FakeRequest request) {
        String key = request.pathParam("key");
        List<FakeState.TagCount> inserted = List.copyOf(tagKey(request).values());
        List<FakeState.TagCount> values = new ArrayList<>(inserted);
        String sort = request.queryParam("sort").orElse("-id");
        Comparator<FakeState.TagCount> order = switch (sort.startsWith("-") ? sort.substring(1) : sort) {
            case "count" -> Comparator.comparingLong(FakeState.TagCount::count);
            case "date" -> Comparator.comparing(FakeState.TagCount::lastSeen);
            case "age" -> Comparator.comparing(FakeState.TagCount::firstSeen);
            default -> Comparator.comparingInt(inserted::indexOf);
        };
        values.sort(sort.startsWith("-") ? order.reversed() : order);
        return Pages.page(request, values.stream().map(value -> Bodies.tagValue(key, value)).toList());
    }
}
