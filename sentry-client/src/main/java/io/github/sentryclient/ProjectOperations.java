package io.github.sentryclient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.JsonReading;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventUser;
import io.github.sentryclient.model.InboundFilter;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ProjectOwnership;
import io.github.sentryclient.model.ServiceHook;
import io.github.sentryclient.model.SessionsResult;
import io.github.sentryclient.model.StatsSummary;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UserFeedback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The project operations: a project, its client keys (DSNs), environments and members. */
final class ProjectOperations {

    static final String GET_PROJECT = "getProject";
    static final String UPDATE_PROJECT = "updateProject";
    static final String DELETE_PROJECT = "deleteProject";
    static final String LIST_CLIENT_KEYS = "listClientKeys";
    static final String CREATE_CLIENT_KEY = "createClientKey";
    static final String GET_CLIENT_KEY = "getClientKey";
    static final String UPDATE_CLIENT_KEY = "updateClientKey";
    static final String DELETE_CLIENT_KEY = "deleteClientKey";
    static final String LIST_PROJECT_ENVIRONMENTS = "listProjectEnvironments";
    static final String LIST_PROJECT_MEMBERS = "listProjectMembers";

    /** What a service hook can be sent for. */
    private static final List<String> HOOK_EVENTS = List.of("event.alert", "event.created");

    private final ClientApi client;

    ProjectOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<Project>> get(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return Operation.call(GET_PROJECT, projectSlug, () -> client.root().getProject(client.org(), projectSlug),
                reply -> {
                    Project project = reply.requireBody();
                    return reply.respond("Project " + project.slug() + " (" + project.name() + ")", project);
                });
    }

    Operation<SentryResponse<Project>> update(UpdateProjectInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        input.name().ifPresent(name -> body.put("name", name));
        input.newSlug().ifPresent(slug -> body.put("slug", slug));
        input.platform().ifPresent(platform -> body.put("platform", platform));
        input.isBookmarked().ifPresent(bookmarked -> body.put("isBookmarked", bookmarked));
        return Operation.call(UPDATE_PROJECT, input.projectSlug(),
                () -> client.root().updateProject(client.org(), input.projectSlug(), body),
                reply -> reply.respond("Updated project " + input.projectSlug() + ": " + String.join(", ",
                        body.keySet()), reply.requireBody()));
    }

    Operation<SentryResponse<String>> delete(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return Operation.call(DELETE_PROJECT, projectSlug,
                () -> client.root().deleteProject(client.org(), projectSlug),
                reply -> reply.respond(Deletes.message("Project " + projectSlug, reply.statusCode()),
                        projectSlug));
    }

    PageSource<ClientKey> keys(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>(LIST_CLIENT_KEYS, projectSlug, "client keys of project " + projectSlug,
                cursor -> client.root().listClientKeys(client.org(), projectSlug, cursor));
    }

    Operation<SentryResponse<ClientKey>> createKey(String projectSlug, String name) {
        Validation.slug("projectSlug", projectSlug);
        Validation.maxLength("name", name, Validation.MAX_NAME_LENGTH);
        return Operation.call(CREATE_CLIENT_KEY, projectSlug,
                () -> client.root().createClientKey(client.org(), projectSlug, Map.of("name", name)), reply -> {
                    ClientKey key = reply.requireBody();
                    return reply.respond("Created client key " + key.id() + " (" + key.name() + ") of project "
                            + projectSlug, key);
                });
    }

    Operation<SentryResponse<ClientKey>> getKey(String projectSlug, String keyId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.keyId("keyId", keyId);
        return Operation.call(GET_CLIENT_KEY, projectSlug,
                () -> client.root().getClientKey(client.org(), projectSlug, keyId),
                reply -> reply.respond("Client key " + keyId + " of project " + projectSlug, reply.requireBody()));
    }

    Operation<SentryResponse<ClientKey>> updateKey(UpdateClientKeyInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        input.name().ifPresent(name -> body.put("name", name));
        input.isActive().ifPresent(active -> body.put("isActive", active));
        return Operation.call(UPDATE_CLIENT_KEY, input.projectSlug(),
                () -> client.root().updateClientKey(client.org(), input.projectSlug(), input.keyId(), body),
                reply -> reply.respond("Updated client key " + input.keyId() + ": " + String.join(", ",
                        body.keySet()), reply.requireBody()));
    }

    Operation<SentryResponse<String>> deleteKey(String projectSlug, String keyId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.keyId("keyId", keyId);
        return Operation.call(DELETE_CLIENT_KEY, projectSlug,
                () -> client.root().deleteClientKey(client.org(), projectSlug, keyId),
                reply -> reply.respond(Deletes.message("Client key " + keyId, reply.statusCode()), keyId));
    }

    Operation<SentryResponse<List<Environment>>> environments(String projectSlug, boolean includeHidden) {
        Validation.slug("projectSlug", projectSlug);
        return Operation.call(LIST_PROJECT_ENVIRONMENTS, projectSlug,
                () -> client.root().listProjectEnvironments(client.org(), projectSlug,
                        includeHidden ? "all" : "visible"), reply -> {
                    List<Environment> environments = reply.requireBody().stream().filter(Objects::nonNull).toList();
                    return reply.respond("Listed " + environments.size() + " environments of project "
                            + projectSlug, environments);
                });
    }

    PageSource<Member> members(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>(LIST_PROJECT_MEMBERS, projectSlug, "members of project " + projectSlug,
                cursor -> client.root().listProjectMembers(client.org(), projectSlug, cursor));
    }

    Operation<SentryResponse<Environment>> environment(String projectSlug, String name) {
        Validation.slug("projectSlug", projectSlug);
        Validation.maxLength("name", name, 64);
        return Operation.call("getProjectEnvironment", projectSlug,
                () -> client.root().getProjectEnvironment(client.org(), projectSlug, name),
                reply -> reply.respond("Environment " + name + " of project " + projectSlug, reply.requireBody()));
    }

    Operation<SentryResponse<Environment>> hideEnvironment(String projectSlug, String name, boolean hidden) {
        Validation.slug("projectSlug", projectSlug);
        Validation.maxLength("name", name, 64);
        return Operation.call("updateProjectEnvironment", projectSlug,
                () -> client.root().updateProjectEnvironment(client.org(), projectSlug, name, Map.of("isHidden",
                        hidden)), reply -> reply.respond((hidden ? "Hid" : "Showed") + " environment " + name
                        + " of project " + projectSlug, reply.requireBody()));
    }

    PageSource<Event> events(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listProjectEvents", projectSlug, "events of project " + projectSlug,
                cursor -> client.root().listProjectEvents(client.org(), projectSlug, null, null, cursor));
    }

    Operation<SentryResponse<Event>> event(String projectSlug, String eventId) {
        Validation.slug("projectSlug", projectSlug);
        if (eventId == null || !eventId.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("eventId must be 32 hex digits, got " + eventId);
        }
        return Operation.call("getProjectEvent", projectSlug,
                () -> client.root().getProjectEvent(client.org(), projectSlug, eventId),
                reply -> reply.respond("Event " + eventId + " of project " + projectSlug, reply.requireBody()));
    }

    PageSource<TagValue> tagValues(String projectSlug, String key) {
        Validation.slug("projectSlug", projectSlug);
        Validation.tagKey("key", key);
        // The schema documents only a name for these values, so a value without one is read as its name.
        return PageSource.converted("listProjectTagValues", projectSlug, "values of tag " + key + " in project "
                + projectSlug, cursor -> client.root().listProjectTagValues(client.org(), projectSlug, key, cursor),
                (item, reply) -> JsonReading.read(item.has("value") || !item.isObject() ? item
                        : ((ObjectNode) item.deepCopy()).set("value", item.path("name")), TagValue.class,
                        reply.request(), reply.statusCode()));
    }

    Operation<SentryResponse<ProjectOwnership>> ownership(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return Operation.call("getProjectOwnership", projectSlug,
                () -> client.root().getProjectOwnership(client.org(), projectSlug),
                reply -> reply.respond("Ownership rules of project " + projectSlug, reply.requireBody()));
    }

    Operation<SentryResponse<ProjectOwnership>> updateOwnership(String projectSlug, String rules,
            boolean fallthrough) {
        Validation.slug("projectSlug", projectSlug);
        Objects.requireNonNull(rules, "rules (\"\" for none)");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("raw", rules);
        body.put("fallthrough", fallthrough);
        return Operation.call("updateProjectOwnership", projectSlug,
                () -> client.root().updateProjectOwnership(client.org(), projectSlug, body),
                reply -> reply.respond("Changed the ownership rules of project " + projectSlug, reply.requireBody()));
    }

    PageSource<EventUser> users(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listProjectUsers", projectSlug, "users of project " + projectSlug,
                cursor -> client.root().listProjectUsers(client.org(), projectSlug, null, cursor));
    }

    PageSource<UserFeedback> feedback(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listUserFeedback", projectSlug, "user feedback of project " + projectSlug,
                cursor -> client.root().listUserFeedback(client.org(), projectSlug, cursor));
    }

    Operation<SentryResponse<UserFeedback>> sendFeedback(String projectSlug, String eventId, String name,
            String email, String comments) {
        Validation.slug("projectSlug", projectSlug);
        if (eventId == null || !eventId.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("eventId must be 32 hex digits, got " + eventId);
        }
        Validation.maxLength("name", name, 128);
        Validation.email("email", email);
        Validation.notBlank("comments", comments);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event_id", eventId);
        body.put("name", name);
        body.put("email", email);
        body.put("comments", comments);
        return Operation.call("createUserFeedback", projectSlug,
                () -> client.root().createUserFeedback(client.org(), projectSlug, body),
                reply -> reply.respond("Sent feedback about event " + eventId, reply.requireBody()));
    }

    PageSource<ClientKey> organizationKeys() {
        return new PageSource<>("listOrganizationClientKeys", "", "client keys of organization " + client.org(),
                cursor -> client.api().listOrganizationClientKeys(cursor));
    }

    PageSource<ServiceHook> hooks(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listServiceHooks", projectSlug, "service hooks of project " + projectSlug,
                cursor -> client.root().listServiceHooks(client.org(), projectSlug, cursor));
    }

    Operation<SentryResponse<ServiceHook>> createHook(String projectSlug, String url, List<String> events) {
        Map<String, Object> body = hookBody(projectSlug, url, events);
        return Operation.call("createServiceHook", projectSlug,
                () -> client.root().createServiceHook(client.org(), projectSlug, body), reply -> {
                    ServiceHook hook = reply.requireBody();
                    return reply.respond("Created service hook " + hook.id() + " to " + url, hook);
                });
    }

    Operation<SentryResponse<ServiceHook>> hook(String projectSlug, String hookId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.keyId("hookId", hookId);
        return Operation.call("getServiceHook", projectSlug,
                () -> client.root().getServiceHook(client.org(), projectSlug, hookId),
                reply -> reply.respond("Service hook " + hookId + " of project " + projectSlug, reply.requireBody()));
    }

    Operation<SentryResponse<ServiceHook>> updateHook(String projectSlug, String hookId, String url,
            List<String> events) {
        Validation.keyId("hookId", hookId);
        Map<String, Object> body = hookBody(projectSlug, url, events);
        return Operation.call("updateServiceHook", projectSlug,
                () -> client.root().updateServiceHook(client.org(), projectSlug, hookId, body),
                reply -> reply.respond("Updated service hook " + hookId, reply.requireBody()));
    }

    Operation<SentryResponse<String>> deleteHook(String projectSlug, String hookId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.keyId("hookId", hookId);
        return Operation.call("deleteServiceHook", projectSlug,
                () -> client.root().deleteServiceHook(client.org(), projectSlug, hookId),
                reply -> reply.respond(Deletes.message("Service hook " + hookId, reply.statusCode()), hookId));
    }

    private static Map<String, Object> hookBody(String projectSlug, String url, List<String> events) {
        Validation.slug("projectSlug", projectSlug);
        Validation.url("url", url);
        if (events == null || events.isEmpty() || !HOOK_EVENTS.containsAll(events)) {
            throw new IllegalArgumentException("events must be one or more of " + HOOK_EVENTS + ", got " + events);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("events", List.copyOf(events));
        return body;
    }

    Operation<SentryResponse<List<InboundFilter>>> filters(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return Operation.call("listInboundFilters", projectSlug,
                () -> client.root().listInboundFilters(client.org(), projectSlug), reply -> {
                    List<InboundFilter> filters = reply.requireBody().stream().filter(Objects::nonNull).toList();
                    return reply.respond(filters.size() + " inbound filters of project " + projectSlug, filters);
                });
    }

    Operation<SentryResponse<String>> setFilter(String projectSlug, String filterId, boolean active) {
        Validation.slug("projectSlug", projectSlug);
        Validation.slug("filterId", filterId);
        return Operation.call("updateInboundFilter", projectSlug,
                () -> client.root().updateInboundFilter(client.org(), projectSlug, filterId, Map.of("active",
                        active)), reply -> reply.respond((active ? "Turned on" : "Turned off") + " filter "
                        + filterId + " of project " + projectSlug, filterId));
    }

    Operation<SentryResponse<List<Environment>>> hideEnvironments(String projectSlug, List<String> names,
            boolean hidden) {
        Validation.slug("projectSlug", projectSlug);
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("names must name at least one environment");
        }
        names.forEach(name -> Validation.maxLength("names", name, 64));
        return Operation.call("updateProjectEnvironments", projectSlug,
                () -> client.root().updateProjectEnvironments(client.org(), projectSlug, Map.of("environmentNames",
                        List.copyOf(names), "isHidden", hidden)), reply -> {
                    List<Environment> changed = reply.requireBody().stream().filter(Objects::nonNull).toList();
                    return reply.respond((hidden ? "Hid " : "Showed ") + changed.size() + " environments of project "
                            + projectSlug, changed);
                });
    }

    Operation<SentryResponse<List<String>>> spikeProtection(List<String> projectSlugs, boolean enable) {
        if (projectSlugs == null || projectSlugs.isEmpty()) {
            throw new IllegalArgumentException("projects must name at least one project slug, or $all");
        }
        projectSlugs.forEach(slug -> {
            if (!"$all".equals(slug)) {
                Validation.slug("projects", slug);
            }
        });
        Map<String, Object> body = Map.of("projects", List.copyOf(projectSlugs));
        return Operation.call(enable ? "enableSpikeProtection" : "disableSpikeProtection", "",
                () -> enable ? client.api().enableSpikeProtection(body) : client.api().disableSpikeProtection(body),
                reply -> reply.respond((enable ? "Turned on" : "Turned off") + " spike protection for "
                        + String.join(", ", projectSlugs), projectSlugs));
    }

    Operation<SentryResponse<StatsSummary>> statsSummary(String category, String statsPeriod) {
        if (!List.of("error", "transaction", "attachment", "replays", "profiles").contains(category)) {
            throw new IllegalArgumentException("category must be error, transaction, attachment, replays or"
                    + " profiles, got " + category);
        }
        Validation.period(Optional.of(statsPeriod), Optional.empty(), Optional.empty());
        return Operation.call("statsSummary", "", () -> client.api().statsSummary("sum(quantity)", statsPeriod,
                category, null), reply -> {
                    StatsSummary summary = reply.requireBody();
                    return reply.respond("Usage of " + summary.projects().size() + " projects over " + statsPeriod,
                            summary);
                });
    }

    Operation<SentryResponse<SessionsResult>> sessions(List<String> fields, List<String> groupBy, String statsPeriod,
            String interval) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("fields must name at least one, such as sum(session)");
        }
        Validation.eachNotBlank("fields", fields);
        Validation.eachNotBlank("groupBy", groupBy);
        Validation.period(Optional.of(statsPeriod), Optional.empty(), Optional.empty());
        Validation.period(Optional.of(interval), Optional.empty(), Optional.empty());
        return Operation.call("querySessions", "", () -> client.api().querySessions(List.copyOf(fields),
                groupBy.isEmpty() ? null : List.copyOf(groupBy), statsPeriod, interval, null), reply -> {
                    SessionsResult result = reply.requireBody();
                    return reply.respond("Sessions in " + result.groups().size() + " groups over " + statsPeriod,
                            result);
                });
    }
}
