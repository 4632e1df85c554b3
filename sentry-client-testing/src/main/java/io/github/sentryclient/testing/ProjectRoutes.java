package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project routes: one project (read, change, schedule for deletion), its client keys (DSNs), environments and
 * members, in the shapes of Sentry's project serializers.
 */
final class ProjectRoutes {

    static final String PROJECT = "/api/0/projects/{org}/{project}/";
    private static final List<String> HOOK_EVENTS = List.of("event.alert", "event.created");
    /** Sentry's inbound filters (the ones without sub-filters) and what each drops. */
    private static final Map<String, String> FILTERS = Map.of(
            "browser-extensions", "Filter out errors known to be caused by browser extensions",
            "localhost", "Filter out events coming from localhost",
            "web-crawlers", "Filter out known web crawlers",
            "filtered-transaction", "Filter out health check transactions");

    private ProjectRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(PROJECT, ProjectRoutes::get).scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT, ProjectRoutes::update).scopes(Scopes.PROJECT_WRITE),
                Route.delete(PROJECT, ProjectRoutes::delete).scopes(Scopes.PROJECT_ADMIN),
                Route.get(PROJECT + "keys/", ProjectRoutes::listKeys).scopes(Scopes.PROJECT_READ),
                Route.post(PROJECT + "keys/", ProjectRoutes::createKey).scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "keys/{keyId}/", ProjectRoutes::getKey).scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "keys/{keyId}/", ProjectRoutes::updateKey).scopes(Scopes.PROJECT_WRITE),
                Route.delete(PROJECT + "keys/{keyId}/", ProjectRoutes::deleteKey).scopes(Scopes.PROJECT_ADMIN),
                Route.get(PROJECT + "environments/", ProjectRoutes::environments).scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "members/", ProjectRoutes::members).scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "teams/", ProjectRoutes::teams).scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "releases/", ProjectRoutes::releases).scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "releases/{version}/commits/", ProjectRoutes::releaseCommits)
                        .scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "environments/{environment}/", ProjectRoutes::environment)
                        .scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "environments/{environment}/", ProjectRoutes::hideEnvironment)
                        .scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "events/", ProjectRoutes::events).scopes(Scopes.EVENT_READ),
                Route.get(PROJECT + "events/{eventId}/", ProjectRoutes::event).scopes(Scopes.EVENT_READ),
                Route.get(PROJECT + "tags/{key}/values/", ProjectRoutes::tagValues).scopes(Scopes.PROJECT_READ),
                Route.get(OrganizationRoutes.ORG + "project-keys/", ProjectRoutes::organizationKeys)
                        .scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "ownership/", ProjectRoutes::ownership).scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "ownership/", ProjectRoutes::updateOwnership).scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "users/", ProjectRoutes::users).scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "user-feedback/", ProjectRoutes::feedback).scopes(Scopes.PROJECT_READ),
                Route.post(PROJECT + "user-feedback/", ProjectRoutes::sendFeedback).scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "hooks/", ProjectRoutes::hooks).scopes(Scopes.PROJECT_READ),
                Route.post(PROJECT + "hooks/", ProjectRoutes::createHook).scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "hooks/{hookId}/", ProjectRoutes::hook).scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "hooks/{hookId}/", ProjectRoutes::updateHook).scopes(Scopes.PROJECT_WRITE),
                Route.delete(PROJECT + "hooks/{hookId}/", ProjectRoutes::deleteHook).scopes(Scopes.PROJECT_ADMIN),
                Route.get(PROJECT + "filters/", ProjectRoutes::filters).scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "filters/{filterId}/", ProjectRoutes::setFilter).scopes(Scopes.PROJECT_WRITE),
                Route.put(PROJECT + "environments/", ProjectRoutes::hideEnvironments).scopes(Scopes.PROJECT_WRITE),
                Route.get(PROJECT + "releases/{version}/files/", ProjectRoutes::releaseFiles)
                        .scopes(Scopes.PROJECT_READ),
                Route.get(PROJECT + "releases/{version}/files/{fileId}/", ProjectRoutes::releaseFile)
                        .scopes(Scopes.PROJECT_READ),
                Route.put(PROJECT + "releases/{version}/files/{fileId}/", ProjectRoutes::renameReleaseFile)
                        .scopes(Scopes.PROJECT_WRITE),
                Route.delete(PROJECT + "releases/{version}/files/{fileId}/", ProjectRoutes::deleteReleaseFile)
                        .scopes(Scopes.PROJECT_ADMIN),
                Route.get(PROJECT + "issues/", request -> issues(request, "GET")),
                Route.put(PROJECT + "issues/", request -> issues(request, "PUT")),
                Route.delete(PROJECT + "issues/", request -> issues(request, "DELETE")));
    }

    static Project project(FakeRequest request) {
        return request.state().project(request.pathParam("project"))
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    private static FakeResponse get(FakeRequest request) {
        return FakeResponse.json(200, detail(request, project(request)));
    }

    private static FakeResponse update(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        Project.Builder changed = Project.builder().from(project);
        if (json.hasNonNull("name")) {
            changed.name(json.get("name").asText());
        }
        if (json.hasNonNull("slug")) {
            String slug = json.get("slug").asText();
            if (!slug.equals(project.slug()) && request.state().project(slug).isPresent()) {
                return FakeResponse.fieldError("slug", "Another project (" + slug + ") is already using that slug");
            }
            changed.slug(slug);
        }
        if (json.hasNonNull("platform")) {
            changed.platform(json.get("platform").asText());
        }
        if (json.has("isBookmarked")) {
            if (json.get("isBookmarked").asBoolean()) {
                request.state().bookmarkedProjects().add(project.slug());
            } else {
                request.state().bookmarkedProjects().remove(project.slug());
            }
        }
        Project updated = changed.build();
        request.state().replaceProject(project.slug(), updated);
        return FakeResponse.json(200, detail(request, updated));
    }

    private static FakeResponse delete(FakeRequest request) {
        request.state().removeProject(project(request).slug());
        return FakeResponse.empty(204);
    }

    private static FakeResponse listKeys(FakeRequest request) {
        return Pages.page(request, keys(request));
    }

    private static FakeResponse createKey(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        String name = json.hasNonNull("name") ? json.get("name").asText() : "Default";
        return FakeResponse.json(201, newKey(request, project, name));
    }

    private static FakeResponse getKey(FakeRequest request) {
        return FakeResponse.json(200, key(request));
    }

    private static FakeResponse updateKey(FakeRequest request) {
        ObjectNode key = key(request);
        JsonNode json = IssueRoutes.object(request);
        if (json.hasNonNull("name")) {
            key.put("name", json.get("name").asText());
            key.put("label", json.get("name").asText());
        }
        if (json.has("isActive")) {
            key.put("isActive", json.get("isActive").asBoolean());
        }
        return FakeResponse.json(200, key);
    }

    private static FakeResponse deleteKey(FakeRequest request) {
        keys(request).remove(key(request));
        return FakeResponse.empty(204);
    }

    /** The environments of the project's events; the fake hides none. */
    private static FakeResponse environments(FakeRequest request) {
        Project project = project(request);
        Set<String> names = new LinkedHashSet<>();
        request.state().issues().stream().filter(record -> record.issue().project().slug().equals(project.slug()))
                .forEach(record -> names.addAll(record.tags().getOrDefault("environment", Map.of()).keySet()));
        List<ObjectNode> environments = new ArrayList<>();
        if (!"hidden".equals(request.queryParam("visibility").orElse("visible"))) {
            for (String name : names) {
                environments.add(FakeJson.mapper().createObjectNode().put("id",
                        Integer.toString(environments.size() + 1)).put("name", name).put("isHidden", false));
            }
        }
        return FakeResponse.json(200, environments);
    }

    /** Every member of the organization has access: the fake's projects are open to all its members. */
    private static FakeResponse members(FakeRequest request) {
        project(request);
        List<ObjectNode> members = request.state().members().stream().map(user -> {
            ObjectNode member = OrganizationRoutes.member(user);
            member.remove(List.of("inviterName"));
            member.putNull("inviterName");
            return member;
        }).toList();
        return Pages.page(request, members);
    }

    private static FakeResponse teams(FakeRequest request) {
        Project project = project(request);
        return Pages.page(request, request.state().teams().stream().filter(team -> team.hasAccess(project.slug()))
                .map(team -> TeamRoutes.body(request.state(), team)).toList());
    }

    private static FakeResponse releases(FakeRequest request) {
        Project project = project(request);
        String query = request.queryParam("query").orElse("");
        return Pages.page(request, request.state().releases().stream()
                .filter(release -> release.projects().contains(project.slug()) && release.version().contains(query))
                .map(release -> ReleaseRoutes.body(request.state(), release)).toList());
    }

    private static FakeResponse releaseCommits(FakeRequest request) {
        Project project = project(request);
        FakeState.Release release = ReleaseRoutes.release(request);
        if (!release.projects().contains(project.slug())) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        return Pages.page(request, release.commits());
    }

    private static FakeResponse environment(FakeRequest request) {
        Project project = project(request);
        String name = request.pathParam("environment");
        boolean known = request.state().issues().stream().anyMatch(record -> record.issue().project().slug()
                .equals(project.slug()) && record.tags().getOrDefault("environment", Map.of()).containsKey(name));
        if (!known) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        return FakeResponse.json(200, FakeJson.mapper().createObjectNode().put("id", Integer.toString(
                Math.abs(name.hashCode()))).put("name", name).put("isHidden", request.state().hiddenEnvironments()
                        .contains(project.slug() + "/" + name)));
    }

    private static FakeResponse hideEnvironment(FakeRequest request) {
        JsonNode json = IssueRoutes.object(request);
        if (!json.has("isHidden") || !json.get("isHidden").isBoolean()) {
            return FakeResponse.fieldError("isHidden", "This field is required.");
        }
        FakeResponse found = environment(request);
        if (found.status() != 200) {
            return found;
        }
        String key = project(request).slug() + "/" + request.pathParam("environment");
        if (json.get("isHidden").asBoolean()) {
            request.state().hiddenEnvironments().add(key);
        } else {
            request.state().hiddenEnvironments().remove(key);
        }
        return environment(request);
    }

    private static FakeResponse events(FakeRequest request) {
        Project project = project(request);
        DateRange.check(request);
        List<ObjectNode> events = new ArrayList<>();
        for (FakeState.IssueRecord record : request.state().issues()) {
            if (record.issue().project().slug().equals(project.slug())) {
                for (FakeState.Event event : record.events()) {
                    ObjectNode json = EventRoutes.eventDetail(record, event);
                    json.remove(List.of("nextEventID", "previousEventID", "resolvedWith", "sdkUpdates", "userReport",
                            "release", "entries", "contexts", "context", "_meta", "packages", "errors", "dist", "sdk",
                            "occurrence", "size", "dateReceived", "type"));
                    json.put("event.type", "error");
                    json.putNull("crashFile");
                    events.add(json);
                }
            }
        }
        events.sort(Comparator.comparing((ObjectNode json) -> json.get("dateCreated").asText())
                .reversed());
        return Pages.page(request, events);
    }

    private static FakeResponse event(FakeRequest request) {
        Project project = project(request);
        String eventId = request.pathParam("eventId");
        for (FakeState.IssueRecord record : request.state().issues()) {
            if (record.issue().project().slug().equals(project.slug())) {
                for (FakeState.Event event : record.events()) {
                    if (event.id().equalsIgnoreCase(eventId)) {
                        return FakeResponse.json(200, EventRoutes.eventDetail(record, event));
                    }
                }
            }
        }
        return FakeResponse.detail(404, "Event not found");
    }

    private static FakeResponse tagValues(FakeRequest request) {
        Project project = project(request);
        String key = request.pathParam("key");
        Map<String, FakeState.TagCount> values = new LinkedHashMap<>();
        request.state().issues().stream().filter(record -> record.issue().project().slug().equals(project.slug()))
                .forEach(record -> values.putAll(record.tags().getOrDefault(key, Map.of())));
        return Pages.page(request, values.values().stream().map(value -> Bodies.tagValue(key, value)).toList());
    }

    /** The project-scoped issue routes: the organization's, limited to this project. */
    private static FakeResponse issues(FakeRequest request, String method) {
        return IssueRoutes.inProject(request, project(request).slug(), method);
    }

    /** Every project's keys, each project given its default key first as Sentry does. */
    private static FakeResponse organizationKeys(FakeRequest request) {
        List<ObjectNode> all = new ArrayList<>();
        for (Project project : request.state().projects()) {
            List<ObjectNode> keys = request.state().keys(project.slug());
            if (keys.isEmpty()) {
                newKey(request, project, "Default");
            }
            all.addAll(keys);
        }
        return Pages.page(request, all);
    }

    private static FakeResponse hooks(FakeRequest request) {
        return Pages.page(request, request.state().hooks(project(request).slug()));
    }

    private static FakeResponse createHook(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        FakeResponse invalid = checkHook(json);
        if (invalid != null) {
            return invalid;
        }
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        ObjectNode hook = FakeJson.mapper().createObjectNode();
        hook.put("id", HexFormat.of().formatHex(bytes, 0, 16));
        hook.put("url", json.get("url").asText());
        hook.set("events", json.get("events").deepCopy());
        hook.put("status", "active");
        hook.put("secret", HexFormat.of().formatHex(bytes, 16, 48));
        hook.put("dateCreated", Bodies.date(request.state().now()));
        request.state().hooks(project.slug()).add(hook);
        return FakeResponse.json(201, hook);
    }

    private static FakeResponse hook(FakeRequest request) {
        return FakeResponse.json(200, findHook(request));
    }

    private static FakeResponse updateHook(FakeRequest request) {
        ObjectNode hook = findHook(request);
        JsonNode json = IssueRoutes.object(request);
        FakeResponse invalid = checkHook(json);
        if (invalid != null) {
            return invalid;
        }
        hook.put("url", json.get("url").asText());
        hook.set("events", json.get("events").deepCopy());
        return FakeResponse.json(200, hook);
    }

    private static FakeResponse deleteHook(FakeRequest request) {
        request.state().hooks(project(request).slug()).remove(findHook(request));
        return FakeResponse.empty(204);
    }

    private static ObjectNode findHook(FakeRequest request) {
        String hookId = request.pathParam("hookId");
        return request.state().hooks(project(request).slug()).stream()
                .filter(hook -> hook.get("id").asText().equals(hookId)).findFirst()
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    /** Sentry's ServiceHookValidator: a URL and one or more known events. */
    private static FakeResponse checkHook(JsonNode json) {
        if (!json.hasNonNull("url") || !json.get("url").asText().matches("https?://\\S+")) {
            return FakeResponse.fieldError("url", json.hasNonNull("url") ? "Enter a valid URL."
                    : "This field is required.");
        }
        JsonNode events = json.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            return FakeResponse.fieldError("events", "This field is required.");
        }
        for (JsonNode event : events) {
            if (!HOOK_EVENTS.contains(event.asText())) {
                return FakeResponse.fieldError("events", "Invalid event name: " + event.asText());
            }
        }
        return null;
    }

    private static FakeResponse filters(FakeRequest request) {
        Project project = project(request);
        List<ObjectNode> filters = new ArrayList<>();
        new TreeMap<>(FILTERS).forEach((id, description) -> filters.add(FakeJson.mapper()
                .createObjectNode().put("id", id).put("active", request.state().activeFilters()
                        .contains(project.slug() + "/" + id))));
        return FakeResponse.json(200, filters);
    }

    private static FakeResponse setFilter(FakeRequest request) {
        Project project = project(request);
        String filterId = request.pathParam("filterId");
        if (!FILTERS.containsKey(filterId)) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        JsonNode json = IssueRoutes.object(request);
        if (!json.has("active") || !json.get("active").isBoolean()) {
            return FakeResponse.fieldError("active", "Must be a valid boolean.");
        }
        String key = project.slug() + "/" + filterId;
        if (json.get("active").asBoolean()) {
            request.state().activeFilters().add(key);
        } else {
            request.state().activeFilters().remove(key);
        }
        return FakeResponse.empty(204);
    }

    private static FakeResponse hideEnvironments(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        JsonNode names = json.get("environmentNames");
        if (names == null || !names.isArray() || names.isEmpty() || !json.has("isHidden")) {
            return FakeResponse.fieldError("environmentNames", "This field is required.");
        }
        ArrayNode changed = FakeJson.mapper().createArrayNode();
        for (JsonNode name : names) {
            String key = project.slug() + "/" + name.asText();
            if (json.get("isHidden").asBoolean()) {
                request.state().hiddenEnvironments().add(key);
            } else {
                request.state().hiddenEnvironments().remove(key);
            }
            changed.addObject().put("id", Integer.toString(Math.abs(name.asText().hashCode()))).put("name",
                    name.asText()).put("isHidden", json.get("isHidden").asBoolean());
        }
        return FakeResponse.json(200, changed);
    }

    /** A project's view of a release's files: the release must be one of the project's. */
    private static FakeState.Release projectRelease(FakeRequest request) {
        Project project = project(request);
        FakeState.Release release = ReleaseRoutes.release(request);
        if (!release.projects().contains(project.slug())) {
            throw new FakeResponse.Failure(FakeResponse.detail(404, "The requested resource does not exist"));
        }
        return release;
    }

    private static FakeResponse releaseFiles(FakeRequest request) {
        return Pages.page(request, projectRelease(request).artifacts());
    }

    private static ObjectNode releaseArtifact(FakeRequest request) {
        String fileId = request.pathParam("fileId");
        return projectRelease(request).artifacts().stream().filter(file -> file.get("id").asText().equals(fileId))
                .findFirst().orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    private static FakeResponse releaseFile(FakeRequest request) {
        return FakeResponse.json(200, releaseArtifact(request));
    }

    private static FakeResponse renameReleaseFile(FakeRequest request) {
        ObjectNode file = releaseArtifact(request);
        return ReleaseRoutes.rename(request, file);
    }

    private static FakeResponse deleteReleaseFile(FakeRequest request) {
        ObjectNode file = releaseArtifact(request);
        projectRelease(request).artifacts().remove(file);
        return FakeResponse.empty(204);
    }

    private static FakeResponse ownership(FakeRequest request) {
        return FakeResponse.json(200, ownershipBody(request, project(request)));
    }

    private static ObjectNode ownershipBody(FakeRequest request, Project project) {
        ObjectNode stored = request.state().ownership().get(project.slug());
        if (stored != null) {
            return stored.deepCopy();
        }
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("raw", "");
        json.put("fallthrough", true);
        json.put("dateCreated", project.dateCreated().map(Bodies::date).orElse("2024-01-01T00:00:00Z"));
        json.put("lastUpdated", project.dateCreated().map(Bodies::date).orElse("2024-01-01T00:00:00Z"));
        json.put("isActive", true);
        json.put("autoAssignment", "Auto Assign to Issue Owner");
        json.put("codeownersAutoSync", true);
        return json;
    }

    /** Sentry's ownership rules, checked for the shape of each line: {@code type:pattern owner...}. */
    private static FakeResponse updateOwnership(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        ObjectNode ownership = ownershipBody(request, project);
        if (json.has("raw")) {
            String raw = json.get("raw").isNull() ? "" : json.get("raw").asText();
            for (String line : raw.split("\n")) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("#")
                        && !rule.matches("(path|module|url|tags\\.[^:\\s]+|codeowners):\\S+(\\s+\\S+)+")) {
                    return FakeResponse.fieldError("raw", "Parse error: " + rule);
                }
            }
            ownership.put("raw", raw);
        }
        if (json.has("fallthrough")) {
            ownership.put("fallthrough", json.get("fallthrough").asBoolean());
        }
        ownership.put("lastUpdated", Bodies.date(request.state().now()));
        request.state().ownership().put(project.slug(), ownership);
        return FakeResponse.json(202, ownership);
    }

    /** The users the project's events came from, by their {@code user} tag (such as {@code email:dana@...}). */
    private static FakeResponse users(FakeRequest request) {
        Project project = project(request);
        Map<String, ObjectNode> users = new LinkedHashMap<>();
        for (FakeState.IssueRecord record : request.state().issues()) {
            if (!record.issue().project().slug().equals(project.slug())) {
                continue;
            }
            for (FakeState.Event event : record.events()) {
                String tag = event.tags().get("user");
                if (tag != null && !users.containsKey(tag)) {
                    int colon = tag.indexOf(':');
                    String kind = colon < 0 ? "id" : tag.substring(0, colon);
                    String value = colon < 0 ? tag : tag.substring(colon + 1);
                    ObjectNode user = FakeJson.mapper().createObjectNode();
                    user.put("id", Integer.toString(users.size() + 1));
                    user.put("hash", HexFormat.of().formatHex(tag.getBytes(StandardCharsets.UTF_8)));
                    user.put("tagValue", tag);
                    user.put("identifier", kind.equals("id") ? value : "");
                    user.put("username", kind.equals("username") ? value : "");
                    user.put("email", kind.equals("email") ? value : "");
                    user.put("name", value);
                    user.put("ipAddress", kind.equals("ip") ? value : "");
                    user.put("dateCreated", Bodies.date(event.dateCreated()));
                    user.put("avatarUrl", "https://gravatar.com/avatar/" + user.get("hash").asText() + "?s=32&d=mm");
                    users.put(tag, user);
                }
            }
        }
        return Pages.page(request, List.copyOf(users.values()));
    }

    private static FakeResponse feedback(FakeRequest request) {
        Project project = project(request);
        List<ObjectNode> reports = new ArrayList<>(request.state().feedback(project.slug()));
        Collections.reverse(reports);
        return Pages.page(request, reports);
    }

    /** Sentry's {@code ProjectUserReportsEndpoint.post}: one report per event (409 for a second). */
    private static FakeResponse sendFeedback(FakeRequest request) {
        Project project = project(request);
        JsonNode json = IssueRoutes.object(request);
        for (String field : List.of("event_id", "name", "email", "comments")) {
            if (!json.hasNonNull(field) || json.get(field).asText().isBlank()) {
                return FakeResponse.fieldError(field, "This field is required.");
            }
        }
        String eventId = json.get("event_id").asText().toLowerCase(Locale.ROOT);
        List<ObjectNode> reports = request.state().feedback(project.slug());
        if (reports.stream().anyMatch(report -> report.get("eventID").asText().equals(eventId))) {
            return FakeResponse.detail(409, "Feedback for this event cannot be modified.");
        }
        ObjectNode report = FakeJson.mapper().createObjectNode();
        report.put("id", Integer.toString(reports.size() + 1));
        report.put("eventID", eventId);
        report.put("name", json.get("name").asText());
        report.put("email", json.get("email").asText());
        report.put("comments", json.get("comments").asText());
        report.put("dateCreated", Bodies.date(request.state().now()));
        report.putNull("user");
        report.putObject("event").put("id", eventId).put("eventID", eventId);
        report.putNull("issue");
        for (FakeState.IssueRecord record : request.state().issues()) {
            if (record.events().stream().anyMatch(event -> event.id().equals(eventId))) {
                report.set("issue", Bodies.issue(record));
            }
        }
        reports.add(report);
        return FakeResponse.json(200, report);
    }

    private static List<ObjectNode> keys(FakeRequest request) {
        Project project = project(request);
        List<ObjectNode> keys = request.state().keys(project.slug());
        if (keys.isEmpty()) {
            // Sentry gives every new project a default key.
            newKey(request, project, "Default");
        }
        return keys;
    }

    private static ObjectNode key(FakeRequest request) {
        String keyId = request.pathParam("keyId");
        return keys(request).stream().filter(key -> key.get("id").asText().equals(keyId)).findFirst()
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    /** A client key as Sentry's {@code ProjectKeySerializer} renders it, stored with the project. */
    private static ObjectNode newKey(FakeRequest request, Project project, String name) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String publicKey = HexFormat.of().formatHex(bytes, 0, 16);
        String secret = HexFormat.of().formatHex(bytes, 16, 32);
        String host = request.baseUrl().replaceFirst("^https?://", "");
        String base = request.baseUrl().replaceFirst("://.*", "://") + publicKey + "@" + host + "/" + project.id();
        ObjectNode key = FakeJson.mapper().createObjectNode();
        key.put("id", publicKey);
        key.put("name", name);
        key.put("label", name);
        key.put("public", publicKey);
        key.put("secret", secret);
        key.put("projectId", Long.parseLong(project.id()));
        key.put("isActive", true);
        key.putNull("rateLimit");
        ObjectNode dsn = key.putObject("dsn");
        String api = request.baseUrl() + "/api/" + project.id() + "/";
        dsn.put("secret", base.replace(publicKey + "@", publicKey + ":" + secret + "@"));
        dsn.put("public", base);
        dsn.put("csp", api + "csp-report/?sentry_key=" + publicKey);
        dsn.put("security", api + "security/?sentry_key=" + publicKey);
        dsn.put("minidump", api + "minidump/?sentry_key=" + publicKey);
        dsn.put("nel", api + "nel/?sentry_key=" + publicKey);
        dsn.put("unreal", api + "unreal/" + publicKey + "/");
        dsn.put("crons", api + "cron/___MONITOR_SLUG___/" + publicKey + "/");
        dsn.put("cdn", request.baseUrl() + "/js-sdk-loader/" + publicKey + ".min.js");
        dsn.put("playstation", api + "playstation/?sentry_key=" + publicKey);
        dsn.put("integration", request.baseUrl() + "/");
        dsn.put("otlp_traces", api + "integration/otlp/v1/traces");
        dsn.put("otlp_logs", api + "integration/otlp/v1/logs");
        key.put("browserSdkVersion", "latest");
        key.putObject("browserSdk").putArray("choices").addArray().add("latest").add("latest");
        ObjectNode loader = key.putObject("dynamicSdkLoaderOptions");
        for (String option : List.of("hasReplay", "hasPerformance", "hasDebug", "hasFeedback", "hasLogsAndMetrics")) {
            loader.put(option, false);
        }
        key.put("dateCreated", Bodies.date(request.state().now()));
        key.put("useCase", "user");
        request.state().keys(project.slug()).add(key);
        return key;
    }

    /** A project as a team's project list renders it. */
    static ObjectNode summary(FakeRequest request, Project project) {
        ObjectNode json = base(request, project);
        json.putArray("environments");
        json.putNull("latestRelease");
        json.putArray("platforms").add(project.platform().orElse("other"));
        Optional<FakeState.Team> first = request.state().teams().stream()
                .filter(team -> team.hasAccess(project.slug())).findFirst();
        if (first.isPresent()) {
            json.set("team", team(first.get()));
        } else {
            json.putNull("team");
        }
        return json;
    }

    /** A project as adding or removing one of its teams renders it. */
    static ObjectNode withTeams(FakeRequest request, Project project) {
        ObjectNode json = base(request, project);
        json.remove("hasUserReports");
        json.putObject("avatar").put("avatarType", "letter_avatar").putNull("avatarUuid");
        json.put("color", "#3f70bf");
        json.put("isInternal", false);
        json.put("isPublic", false);
        json.put("status", "active");
        return json;
    }

    /** A project as Sentry's {@code DetailedProjectSerializer} renders it. */
    static ObjectNode detail(FakeRequest request, Project project) {
        ObjectNode json = withTeams(request, project);
        json.putArray("allowedDomains").add("*");
        json.put("autofixAutomationTuning", "off");
        json.putArray("builtinSymbolSources");
        json.put("dataScrubber", true);
        json.put("dataScrubberDefaults", true);
        json.putNull("debugFilesRole");
        json.putNull("defaultEnvironment");
        json.put("derivedGroupingEnhancements", "");
        json.put("digestsMaxDelay", 1800);
        json.put("digestsMinDelay", 300);
        json.putNull("dynamicSamplingBiases");
        json.put("enableAutoReleaseCreation", false);
        json.put("fingerprintingRules", "");
        json.put("groupingConfig", "newstyle:2023-01-11");
        json.put("groupingEnhancements", "");
        json.putObject("highlightContext");
        ObjectNode preset = json.putObject("highlightPreset");
        preset.putObject("context");
        preset.putArray("tags");
        json.putArray("highlightTags");
        json.put("isDynamicallySampled", false);
        json.putNull("latestRelease");
        json.putObject("options");
        ObjectNode organization = json.putObject("organization");
        organization.put("id", "1");
        organization.put("slug", request.pathParam("org"));
        organization.put("name", request.pathParam("org"));
        organization.put("dateCreated", "2024-01-01T00:00:00Z");
        organization.putObject("status").put("id", "active").put("name", "active");
        organization.putObject("avatar").put("avatarType", "letter_avatar").putNull("avatarUuid");
        organization.putObject("links").put("organizationUrl", request.baseUrl()).put("regionUrl",
                request.baseUrl());
        for (String flag : List.of("allowMemberInvite", "allowMemberProjectCreation")) {
            organization.put(flag, true);
        }
        for (String flag : List.of("allowSuperuserAccess", "hasAuthProvider", "isEarlyAdopter", "require2FA")) {
            organization.put(flag, false);
        }
        json.putArray("platforms").add(project.platform().orElse("other"));
        json.put("processingIssues", 0);
        json.putNull("relayPiiConfig");
        json.put("resolveAge", 0);
        json.putArray("safeFields");
        json.put("scmSourceContextEnabled", false);
        json.put("scrapeJavaScript", true);
        json.put("scrubIPAddresses", false);
        json.putNull("secondaryGroupingConfig");
        json.put("secondaryGroupingExpiry", 0);
        json.put("securityToken", HexFormat.of().formatHex(project.id().getBytes(StandardCharsets.UTF_8)));
        json.putNull("securityTokenHeader");
        json.putNull("seerNightshiftTweaks");
        json.put("seerScannerAutomation", false);
        json.putArray("sensitiveFields");
        json.putNull("storeCrashReports");
        json.put("subjectPrefix", "");
        json.put("subjectTemplate", "$shortID - $title");
        json.put("symbolSources", "[]");
        json.put("tempestFetchScreenshots", false);
        json.put("verifySSL", false);
        return json;
    }

    /** The fields every project shape shares. */
    private static ObjectNode base(FakeRequest request, Project project) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", project.id());
        json.put("slug", project.slug());
        json.put("name", project.name());
        json.put("platform", project.platform().orElse(null));
        json.put("dateCreated", project.dateCreated().map(Bodies::date).orElse("2024-01-01T00:00:00Z"));
        json.put("isBookmarked", request.state().bookmarkedProjects().contains(project.slug()));
        json.put("isMember", true);
        json.put("hasAccess", true);
        ArrayNode access = json.putArray("access");
        List.of("event:read", "event:write", "project:read").forEach(access::add);
        json.putArray("features");
        json.putNull("firstEvent");
        for (String flag : OrganizationRoutes.PROJECT_FLAGS) {
            json.put(flag, false);
        }
        ArrayNode teams = json.putArray("teams");
        request.state().teams().stream().filter(team -> team.hasAccess(project.slug()))
                .forEach(team -> teams.add(team(team)));
        return json;
    }

    private static ObjectNode team(FakeState.Team team) {
        return FakeJson.mapper().createObjectNode().put("id", team.id()).put("name", team.name())
                .put("slug", team.slug());
    }
}
