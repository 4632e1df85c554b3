package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The team routes: the organization's teams (list, create with Sentry's 409 for a taken slug), one team (read,
 * change, delete), its members and projects, a project created under it, and a team's access to a project.
 */
final class TeamRoutes {

    static final String TEAM = "/api/0/teams/{org}/{team}/";
    private static final String SLUG_TAKEN = "A team with this slug already exists.";

    private TeamRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(OrganizationRoutes.ORG + "teams/", TeamRoutes::list).scopes(Scopes.ORG_READ),
                Route.post(OrganizationRoutes.ORG + "teams/", TeamRoutes::create).scopes(Scopes.TEAM_WRITE),
                Route.get(TEAM, TeamRoutes::get).scopes(Scopes.TEAM_READ),
                Route.put(TEAM, TeamRoutes::update).scopes(Scopes.TEAM_WRITE),
                Route.delete(TEAM, TeamRoutes::delete).scopes(Scopes.TEAM_ADMIN),
                Route.get(TEAM + "members/", TeamRoutes::members).scopes(Scopes.TEAM_READ),
                Route.get(TEAM + "projects/", TeamRoutes::projects).scopes(Scopes.TEAM_READ),
                Route.post(TEAM + "projects/", TeamRoutes::createProject).scopes(Scopes.TEAM_WRITE),
                Route.post(ProjectRoutes.PROJECT + "teams/{team}/", TeamRoutes::addToProject)
                        .scopes(Scopes.PROJECT_WRITE),
                Route.delete(ProjectRoutes.PROJECT + "teams/{team}/", TeamRoutes::removeFromProject)
                        .scopes(Scopes.PROJECT_WRITE));
    }

    private static FakeResponse list(FakeRequest request) {
        List<ObjectNode> teams = request.state().teams().stream().map(team -> body(request.state(), team)).toList();
        return Pages.page(request, teams);
    }

    private static FakeResponse create(FakeRequest request) {
        JsonNode json = IssueRoutes.object(request);
        String slug = json.hasNonNull("slug") ? json.get("slug").asText() : null;
        String name = json.hasNonNull("name") ? json.get("name").asText() : slug;
        if (slug == null && name == null) {
            return FakeResponse.fieldError("non_field_errors", "slug or name is required");
        }
        if (slug == null) {
            slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        }
        if (!slug.matches("[a-z0-9_][a-z0-9_-]{0,49}") || slug.matches("[0-9]+")) {
            return FakeResponse.fieldError("slug", "Enter a valid slug consisting of lowercase letters, numbers,"
                    + " underscores or hyphens. It cannot be entirely numeric.");
        }
        if (request.state().teamBySlug(slug).isPresent()) {
            return conflict();
        }
        return FakeResponse.json(201, body(request.state(), request.state().createTeam(slug, name)));
    }

    private static FakeResponse get(FakeRequest request) {
        return FakeResponse.json(200, body(request.state(), team(request)));
    }

    private static FakeResponse update(FakeRequest request) {
        FakeState.Team team = team(request);
        JsonNode json = IssueRoutes.object(request);
        if (!json.hasNonNull("slug")) {
            return FakeResponse.fieldError("slug", "This field is required.");
        }
        String slug = json.get("slug").asText();
        if (!slug.equals(team.slug()) && request.state().teamBySlug(slug).isPresent()) {
            return conflict();
        }
        FakeState.Team changed = new FakeState.Team(team.id(), slug, json.hasNonNull("name")
                ? json.get("name").asText() : team.name(), team.projects(), team.memberIds(), team.created());
        request.state().replaceTeam(changed);
        return FakeResponse.json(200, body(request.state(), changed));
    }

    private static FakeResponse delete(FakeRequest request) {
        request.state().removeTeam(team(request));
        return FakeResponse.empty(204);
    }

    private static FakeResponse members(FakeRequest request) {
        FakeState.Team team = team(request);
        List<ObjectNode> members = new ArrayList<>();
        for (User user : request.state().members()) {
            if (team.memberIds().contains(user.id())) {
                ObjectNode member = OrganizationRoutes.member(user);
                member.put("teamRole", "contributor");
                member.put("teamSlug", team.slug());
                members.add(member);
            }
        }
        return Pages.page(request, members);
    }

    private static FakeResponse projects(FakeRequest request) {
        FakeState.Team team = team(request);
        List<ObjectNode> projects = request.state().projects().stream()
                .filter(project -> team.hasAccess(project.slug()))
                .map(project -> ProjectRoutes.summary(request, project)).toList();
        return Pages.page(request, projects);
    }

    private static FakeResponse createProject(FakeRequest request) {
        FakeState.Team team = team(request);
        JsonNode json = IssueRoutes.object(request);
        if (!json.hasNonNull("name") || json.get("name").asText().isBlank()) {
            return FakeResponse.fieldError("name", "This field is required.");
        }
        String name = json.get("name").asText();
        String slug = json.hasNonNull("slug") ? json.get("slug").asText()
                : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        if (request.state().project(slug).isPresent()) {
            return FakeResponse.detail(409, "A project with this slug already exists.");
        }
        long id = 100 + request.state().projects().size();
        Project project = Project.builder().id(Long.toString(id)).slug(slug).name(name)
                .platform(Optional.ofNullable(json.hasNonNull("platform") ? json.get("platform").asText()
                        : null)).dateCreated(request.state().now()).build();
        request.state().addProject(project);
        if (team.projects() != null) {
            team.projects().add(slug);
        }
        return FakeResponse.json(201, ProjectRoutes.summary(request, project));
    }

    private static FakeResponse addToProject(FakeRequest request) {
        Project project = ProjectRoutes.project(request);
        FakeState.Team team = team(request);
        if (team.projects() != null) {
            team.projects().add(project.slug());
        }
        return FakeResponse.json(201, ProjectRoutes.withTeams(request, project));
    }

    private static FakeResponse removeFromProject(FakeRequest request) {
        Project project = ProjectRoutes.project(request);
        FakeState.Team team = team(request);
        Set<String> projects = team.projects() != null ? team.projects() : new LinkedHashSet<>(request.state()
                .projects().stream().map(Project::slug).toList());
        projects.remove(project.slug());
        request.state().replaceTeam(new FakeState.Team(team.id(), team.slug(), team.name(), projects,
                team.memberIds(), team.created()));
        return FakeResponse.json(200, ProjectRoutes.withTeams(request, project));
    }

    static FakeState.Team team(FakeRequest request) {
        return request.state().teamBySlug(request.pathParam("team"))
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    private static FakeResponse conflict() {
        ObjectNode body = FakeJson.mapper().createObjectNode();
        body.putArray("non_field_errors").add(SLUG_TAKEN);
        body.put("detail", SLUG_TAKEN);
        return FakeResponse.json(409, body);
    }

    /** A team as Sentry's {@code TeamSerializer} renders it. */
    static ObjectNode body(FakeState state, FakeState.Team team) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", team.id());
        json.put("slug", team.slug());
        json.put("name", team.name());
        json.put("dateCreated", Bodies.date(team.created()));
        boolean member = team.memberIds().contains(FakeState.TOKEN_USER.id());
        json.put("isMember", member);
        json.put("teamRole", member ? "contributor" : null);
        json.putObject("flags").put("idp:provisioned", false);
        ArrayNode access = json.putArray("access");
        List.of("event:read", "event:write", "project:read", "team:read").forEach(access::add);
        json.put("hasAccess", true);
        json.put("isPending", false);
        json.put("memberCount", team.memberIds().size());
        json.putObject("avatar").put("avatarType", "letter_avatar").putNull("avatarUuid");
        return json;
    }
}
