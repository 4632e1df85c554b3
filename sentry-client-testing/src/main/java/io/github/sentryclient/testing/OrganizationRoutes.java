package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private static final Set<String> MEMBER_WRITE = Set.of("member:write", "member:admin", "member:invite");
    private static final Set<String> MEMBER_ADMIN = Set.of("member:admin");
    private static final Set<String> ORG_ROLES = Set.of("member", "admin", "manager", "owner", "billing");
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
                Route.get(ORG + "repos/", OrganizationRoutes::listRepositories).scopes(Scopes.ORG_READ),
                Route.get(ORG + "repos/{repoId}/commits/", OrganizationRoutes::listRepositoryCommits)
                        .scopes(Scopes.ORG_READ),
                Route.get(ORG + "user-teams/", OrganizationRoutes::listUserTeams).scopes(Scopes.ORG_READ),
                Route.post(ORG + "members/", OrganizationRoutes::invite).scopes(MEMBER_WRITE),
                Route.put(ORG + "members/{memberId}/", OrganizationRoutes::updateMember).scopes(MEMBER_WRITE),
                Route.delete(ORG + "members/{memberId}/", OrganizationRoutes::removeMember).scopes(MEMBER_ADMIN),
                Route.post(ORG + "members/{memberId}/teams/{team}/", OrganizationRoutes::joinTeam)
                        .scopes(Scopes.TEAM_WRITE),
                Route.delete(ORG + "members/{memberId}/teams/{team}/", OrganizationRoutes::leaveTeam)
                        .scopes(Scopes.TEAM_WRITE),
                Route.put(ORG + "members/{memberId}/teams/{team}/", OrganizationRoutes::teamRole)
                        .scopes(Scopes.TEAM_WRITE),
                Route.post(ORG + "spike-protections/", request -> spikeProtection(request, true))
                        .scopes(Set.of("project:write", "project:admin", "org:write", "org:admin")),
                Route.delete(ORG + "spike-protections/", request -> spikeProtection(request, false))
                        .scopes(Set.of("project:write", "project:admin", "org:write", "org:admin")),
                Route.get(ORG + "stats-summary/", OrganizationRoutes::statsSummary).scopes(Scopes.ORG_READ),
                Route.get(ORG + "sessions/", OrganizationRoutes::sessions).scopes(Scopes.ORG_READ));
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
        List<ObjectNode> members = new ArrayList<>(request.state().members().stream()
                .filter(user -> email == null || user.email().map(email::equalsIgnoreCase).orElse(false))
                .map(user -> {
                    ObjectNode json = member(user);
                    String role = request.state().roles().get("10" + user.id());
                    if (role != null) {
                        json.put("orgRole", role);
                    }
                    return json;
                })
                .toList());
        request.state().invites().forEach((memberId, invited) -> {
            if (email == null || invited.equalsIgnoreCase(email)) {
                members.add(invitation(request.state(), memberId, invited));
            }
        });
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
        return FakeResponse.json(200, memberDetail(request, memberBody(request)));
    }

    /** A member as the member detail routes render it (read and update). */
    private static ObjectNode memberDetail(FakeRequest request, ObjectNode json) {
        json.putArray("teams");
        json.putArray("teamRoles");
        json.putArray("teamRoleList");
        json.putArray("orgRoleList");
        json.put("isOnlyOwner", json.get("id").asText().equals("10" + FakeState.TOKEN_USER.id()));
        json.putNull("invite_link");
        return json;
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

    /** The commits Sentry read from a repository: the fake's are those recorded for its releases. */
    private static FakeResponse listRepositoryCommits(FakeRequest request) {
        int index = parseIndex(request.pathParam("repoId"));
        if (index < 1 || index > request.state().repositories().size()) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        List<ObjectNode> commits = new ArrayList<>();
        request.state().releases().forEach(release -> release.commits().forEach(commit -> {
            ObjectNode copy = commit.deepCopy();
            copy.remove("releases");
            commits.add(copy);
        }));
        return Pages.page(request, commits);
    }

    private static int parseIndex(String id) {
        return id.matches("[0-9]{1,9}") ? Integer.parseInt(id) : -1;
    }

    private static FakeResponse listUserTeams(FakeRequest request) {
        List<ObjectNode> teams = request.state().teams().stream()
                .filter(team -> team.memberIds().contains(FakeState.TOKEN_USER.id()))
                .map(team -> TeamRoutes.body(request.state(), team)).toList();
        return FakeResponse.json(200, teams);
    }

    /** Sentry's invitation: a pending member without a user; a member who is already in is refused. */
    private static FakeResponse invite(FakeRequest request) {
        JsonNode json = IssueRoutes.object(request);
        String email = json.hasNonNull("email") ? json.get("email").asText() : null;
        if (email == null || !email.contains("@")) {
            return FakeResponse.fieldError("email", email == null ? "This field is required."
                    : "Enter a valid email address.");
        }
        String role = json.hasNonNull("orgRole") ? json.get("orgRole").asText() : "member";
        if (!ORG_ROLES.contains(role)) {
            return FakeResponse.fieldError("orgRole", "Invalid role");
        }
        boolean taken = request.state().members().stream().anyMatch(user -> user.email().map(email::equalsIgnoreCase)
                .orElse(false)) || request.state().invites().containsValue(email);
        if (taken) {
            return FakeResponse.fieldError("email", "The user " + email + " has already been invited");
        }
        String memberId = "20" + (request.state().invites().size() + 1);
        request.state().invites().put(memberId, email);
        request.state().roles().put(memberId, role);
        return FakeResponse.json(201, invitation(request.state(), memberId, email));
    }

    static ObjectNode invitation(FakeState state, String memberId, String email) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", memberId);
        json.put("email", email);
        json.put("name", email);
        json.putNull("user");
        json.put("orgRole", state.roles().getOrDefault(memberId, "member"));
        json.put("pending", true);
        json.put("expired", false);
        ObjectNode flags = json.putObject("flags");
        for (String flag : List.of("idp:provisioned", "idp:role-restricted", "sso:linked", "sso:invalid",
                "member-limit:restricted", "partnership:restricted")) {
            flags.put(flag, false);
        }
        json.put("dateCreated", Bodies.date(state.now()));
        json.put("inviteStatus", "approved");
        json.put("inviterName", FakeState.TOKEN_USER.name());
        return json;
    }

    private static FakeResponse updateMember(FakeRequest request) {
        ObjectNode member = memberBody(request);
        JsonNode json = IssueRoutes.object(request);
        if (json.hasNonNull("orgRole")) {
            String role = json.get("orgRole").asText();
            if (!ORG_ROLES.contains(role)) {
                return FakeResponse.fieldError("orgRole", "Invalid role");
            }
            request.state().roles().put(request.pathParam("memberId"), role);
            member.put("orgRole", role);
        }
        return FakeResponse.json(200, memberDetail(request, member));
    }

    private static FakeResponse removeMember(FakeRequest request) {
        String memberId = request.pathParam("memberId");
        memberBody(request);
        if (("10" + FakeState.TOKEN_USER.id()).equals(memberId)) {
            return FakeResponse.detail(403, "You cannot remove yourself as the only owner.");
        }
        if (request.state().invites().remove(memberId) == null) {
            request.state().removeMember(memberId.substring(2));
        }
        request.state().roles().remove(memberId);
        return FakeResponse.empty(204);
    }

    private static FakeResponse joinTeam(FakeRequest request) {
        FakeState.Team team = TeamRoutes.team(request);
        String userId = userOf(request);
        if (!team.memberIds().add(userId)) {
            return FakeResponse.empty(204);
        }
        return FakeResponse.json(201, TeamRoutes.body(request.state(), team));
    }

    /** Spike protection on or off for the named projects ({@code $all}: every one); 201 on, 200 off. */
    private static FakeResponse spikeProtection(FakeRequest request, boolean enable) {
        JsonNode projects = IssueRoutes.object(request).get("projects");
        if (projects == null || !projects.isArray() || projects.isEmpty()) {
            return FakeResponse.fieldError("projects", "This field is required.");
        }
        for (JsonNode project : projects) {
            if (!project.asText().equals("$all") && request.state().project(project.asText()).isEmpty()) {
                return FakeResponse.fieldError("projects", "Invalid project slugs");
            }
        }
        return FakeResponse.empty(enable ? 201 : 200);
    }

    /** Usage by project: the fake counts its errors as accepted events, the only outcome it knows. */
    private static FakeResponse statsSummary(FakeRequest request) {
        DateRange.check(request);
        ObjectNode body = FakeJson.mapper().createObjectNode();
        body.put("start", Bodies.date(request.state().now().minus(Duration.ofDays(30))));
        body.put("end", Bodies.date(request.state().now()));
        ArrayNode projects = body.putArray("projects");
        for (Project project : request.state().projects()) {
            long events = request.state().issues().stream().filter(record -> record.issue().project().slug()
                    .equals(project.slug())).mapToLong(record -> record.events().size()).sum();
            ObjectNode item = projects.addObject().put("id", project.id()).put("slug", project.slug());
            ObjectNode stat = item.putArray("stats").addObject();
            stat.put("category", request.queryParam("category").orElse("error"));
            ObjectNode outcomes = stat.putObject("outcomes");
            for (String outcome : List.of("accepted", "filtered", "rate_limited", "invalid", "abuse", "client_discard",
                    "cardinality_limited")) {
                outcomes.put(outcome, outcome.equals("accepted") ? events : 0);
            }
            stat.putObject("totals").put("dropped", 0).put("seen", events);
        }
        return FakeResponse.json(200, body);
    }

    /** Release health: the fake keeps no sessions, so every group is empty over the period's intervals. */
    private static FakeResponse sessions(FakeRequest request) {
        DateRange.check(request);
        if (request.queryParams("field").isEmpty()) {
            return FakeResponse.detail(400, "Request is missing a \"field\"");
        }
        ObjectNode body = FakeJson.mapper().createObjectNode();
        Instant end = request.state().now().truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofHours(3));
        body.put("start", Bodies.date(start));
        body.put("end", Bodies.date(end));
        ArrayNode intervals = body.putArray("intervals");
        for (Instant at = start; at.isBefore(end); at = at.plus(Duration.ofHours(1))) {
            intervals.add(Bodies.date(at));
        }
        body.putArray("groups");
        body.put("query", request.queryParam("query").orElse(""));
        return FakeResponse.json(200, body);
    }

    /** A member's team role: contributor or admin, for members of the team. */
    private static FakeResponse teamRole(FakeRequest request) {
        FakeState.Team team = TeamRoutes.team(request);
        String userId = userOf(request);
        if (!team.memberIds().contains(userId)) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        JsonNode json = IssueRoutes.object(request);
        String role = json.hasNonNull("teamRole") ? json.get("teamRole").asText() : "";
        if (!Set.of("contributor", "admin").contains(role)) {
            return FakeResponse.fieldError("teamRole", "Invalid team-role");
        }
        return FakeResponse.json(200, FakeJson.mapper().createObjectNode().put("isActive", true)
                .put("teamRole", role));
    }

    private static FakeResponse leaveTeam(FakeRequest request) {
        FakeState.Team team = TeamRoutes.team(request);
        team.memberIds().remove(userOf(request));
        return FakeResponse.json(200, TeamRoutes.body(request.state(), team));
    }

    /** The user id of the member the path names (invitations have none and cannot join teams here). */
    private static String userOf(FakeRequest request) {
        String memberId = request.pathParam("memberId");
        return request.state().members().stream().filter(user -> ("10" + user.id()).equals(memberId))
                .map(User::id).findFirst().orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    /** The member the path names, as Sentry renders it, with its current role. */
    private static ObjectNode memberBody(FakeRequest request) {
        String memberId = request.pathParam("memberId");
        String invited = request.state().invites().get(memberId);
        if (invited != null) {
            return invitation(request.state(), memberId, invited);
        }
        ObjectNode json = request.state().members().stream().filter(user -> ("10" + user.id()).equals(memberId))
                .findFirst().map(OrganizationRoutes::member).orElseThrow(() -> new FakeResponse.Failure(
                        FakeResponse.detail(404, "The requested resource does not exist")));
        String role = request.state().roles().get(memberId);
        if (role != null) {
            json.put("orgRole", role);
        }
        return json;
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
