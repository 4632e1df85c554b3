package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organization's routes: the organization itself with its region, its projects and its members. */
final class OrganizationRoutes {

    static final String ORG = "/api/0/organizations/{org}/";
    /** The feature flags Sentry's project list reports, all off in the fake. */
    private static final List<String> PROJECT_FLAGS = List.of("firstTransactionEvent", "hasFeedbacks", "hasFlags",
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
                Route.get(ORG, OrganizationRoutes::getOrganization).scopes(Scopes.ORG_READ));
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
}
