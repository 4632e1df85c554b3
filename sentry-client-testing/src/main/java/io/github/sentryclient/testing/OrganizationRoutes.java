package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organization's routes: the organization itself with its region, its projects and its members. */
final class OrganizationRoutes {

    static final String ORG = "/api/0/organizations/{org}/";
    /** The feature flags Sentry's project list reports, all off in the fake. */
    static final List<String> PROJECT_FLAGS = List.of("firstTransactionEvent", "hasFeedbacks", "hasFlags",
            "hasInsightsAgentMonitoring", "hasInsightsAppStart", "hasInsightsAssets", "hasInsightsCaches",
            "hasInsightsDb", "hasInsightsHttp", "hasInsightsMCP", "hasInsightsQueues", "hasInsightsScreenLoad",
            "hasInsightsVitals", "hasLogs", "hasMinifiedStackTrace", "hasMonitors", "hasNewFeedbacks", "hasProfiles",
            "hasReplays", "hasSessions", "hasTraceMetrics", "hasUserReports");

    private OrganizationRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(ORG + "projects/", OrganizationRoutes::listProjects).scopes(Scopes.ORG_READ),
                Route.get(ORG + "members/", OrganizationRoutes::listMembers).scopes(Scopes.MEMBER_READ),
                Route.get(ORG, OrganizationRoutes::getOrganization).scopes(Scopes.ORG_READ),
                Route.get("/api/0/organizations/", OrganizationRoutes::listOrganizations).scopes(Scopes.ORG_READ),
                Route.get(ORG + "members/{memberId}/", OrganizationRoutes::getMember).scopes(Scopes.MEMBER_READ),
                Route.get(ORG + "eventids/{eventId}/", OrganizationRoutes::resolveEventId)
                        .scopes(Scopes.EVENT_READ),
                Route.get(ORG + "environments/", OrganizationRoutes::listEnvironments).scopes(Scopes.ORG_READ),
                Route.get(ORG + "repos/", OrganizationRoutes::listRepositories).scopes(Scopes.ORG_READ));
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
                .map(OrganizationRoutes::member)
                .toList();
        return Pages.page(request, members);
    }

    static ObjectNode member(User user) {
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

    /** The organizations the token can see: the fake's one, in the shape of the list (no detail fields). */
    private static FakeResponse listOrganizations(FakeRequest request) {
        ObjectNode json = organization(request, request.state().orgSlug());
        json.putArray("features");
        return Pages.page(request, List.of(json));
    }

    private static FakeResponse getMember(FakeRequest request) {
        String memberId = request.pathParam("memberId");
        return request.state().members().stream().filter(user -> ("10" + user.id()).equals(memberId))
                .findFirst().map(user -> {
                    ObjectNode json = member(user);
                    json.putArray("teams");
                    json.putArray("teamRoles");
                    json.putArray("teamRoleList");
                    json.putArray("orgRoleList");
                    json.put("isOnlyOwner", user.id().equals(FakeState.TOKEN_USER.id()));
                    json.putNull("invite_link");
                    return FakeResponse.json(200, json);
                }).orElseGet(() -> FakeResponse.detail(404, "The requested resource does not exist"));
    }

    /** Sentry's {@code EventIdLookupEndpoint}: the event's project, issue and body; 404 for an unknown event. */
    private static FakeResponse resolveEventId(FakeRequest request) {
        String eventId = request.pathParam("eventId");
        for (FakeState.IssueRecord record : request.state().issues()) {
            for (FakeState.Event event : record.events()) {
                if (event.id().equalsIgnoreCase(eventId)) {
                    ObjectNode json = FakeJson.mapper().createObjectNode();
                    json.put("organizationSlug", request.pathParam("org"));
                    json.put("projectSlug", record.issue().project().slug());
                    json.put("groupId", record.issue().id());
                    json.put("eventId", event.id());
                    // Sentry's plain EventSerializer: the issue event detail's extra fields are not part of it.
                    ObjectNode body = EventRoutes.eventDetail(record, event);
                    body.remove(List.of("nextEventID", "previousEventID", "release", "resolvedWith", "sdkUpdates",
                            "userReport"));
                    json.set("event", body);
                    return FakeResponse.json(200, json);
                }
            }
        }
        return FakeResponse.detail(404, "The requested resource does not exist");
    }

    /** The environments the events were sent from, in the order first seen; the fake hides none. */
    private static FakeResponse listEnvironments(FakeRequest request) {
        String visibility = request.queryParam("visibility").orElse("visible");
        if (!List.of("all", "hidden", "visible").contains(visibility)) {
            return FakeResponse.detail(400, "Invalid value for 'visibility', valid values are: ['all', 'hidden',"
                    + " 'visible']");
        }
        Set<String> names = new LinkedHashSet<>();
        request.state().issues().forEach(record -> names.addAll(record.tags().getOrDefault("environment",
                Map.of()).keySet()));
        List<ObjectNode> environments = new ArrayList<>();
        if (!visibility.equals("hidden")) {
            for (String name : names) {
                environments.add(FakeJson.mapper().createObjectNode()
                        .put("id", Integer.toString(environments.size() + 1)).put("name", name));
            }
        }
        return FakeResponse.json(200, environments);
    }

    private static FakeResponse listRepositories(FakeRequest request) {
        List<ObjectNode> repositories = new ArrayList<>();
        for (String name : request.state().repositories()) {
            ObjectNode json = FakeJson.mapper().createObjectNode();
            json.put("id", Integer.toString(repositories.size() + 1));
            json.put("name", name);
            json.put("url", "https://github.com/" + name);
            json.putObject("provider").put("id", "integrations:github").put("name", "GitHub");
            json.put("status", "active");
            json.put("dateCreated", "2024-01-01T00:00:00Z");
            json.put("integrationId", "1");
            json.put("externalSlug", name);
            json.put("externalId", Integer.toString(1000 + repositories.size()));
            repositories.add(json);
        }
        return Pages.page(request, repositories);
    }

    private static FakeResponse getOrganization(FakeRequest request) {
        return FakeResponse.json(200, organization(request, request.pathParam("org")));
    }

    private static ObjectNode organization(FakeRequest request, String org) {
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
        return json;
    }
}
