package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.UpdateTeamInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The team operations: teams, their members and projects, and which teams a project has. */
final class TeamOperations {

    static final String LIST_TEAMS = "listTeams";
    static final String CREATE_TEAM = "createTeam";
    static final String GET_TEAM = "getTeam";
    static final String UPDATE_TEAM = "updateTeam";
    static final String DELETE_TEAM = "deleteTeam";
    static final String LIST_TEAM_MEMBERS = "listTeamMembers";
    static final String LIST_TEAM_PROJECTS = "listTeamProjects";
    static final String CREATE_PROJECT = "createProject";
    static final String ADD_TEAM_TO_PROJECT = "addTeamToProject";
    static final String REMOVE_TEAM_FROM_PROJECT = "removeTeamFromProject";

    private final ClientApi client;

    TeamOperations(ClientApi client) {
        this.client = client;
    }

    PageSource<Team> list() {
        return new PageSource<>(LIST_TEAMS, "", "teams of organization " + client.org(),
                cursor -> client.api().listTeams(cursor));
    }

    Operation<SentryResponse<Team>> create(CreateTeamInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", input.slug());
        input.name().ifPresent(name -> body.put("name", name));
        return Operation.call(CREATE_TEAM, input.slug(), () -> client.api().createTeam(body), reply -> {
            Team team = reply.requireBody();
            return reply.respond("Created team " + team.slug() + " (assign issues to " + team.assignee() + ")",
                    team);
        });
    }

    Operation<SentryResponse<Team>> get(String teamSlug) {
        Validation.slug("teamSlug", teamSlug);
        return Operation.call(GET_TEAM, teamSlug, () -> client.root().getTeam(client.org(), teamSlug), reply -> {
            Team team = reply.requireBody();
            return reply.respond("Team " + team.slug() + ": " + team.memberCount() + " members", team);
        });
    }

    Operation<SentryResponse<Team>> update(UpdateTeamInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", input.newSlug().orElse(input.teamSlug()));
        input.name().ifPresent(name -> body.put("name", name));
        return Operation.call(UPDATE_TEAM, input.teamSlug(),
                () -> client.root().updateTeam(client.org(), input.teamSlug(), body),
                reply -> reply.respond("Updated team " + input.teamSlug(), reply.requireBody()));
    }

    Operation<SentryResponse<String>> delete(String teamSlug) {
        Validation.slug("teamSlug", teamSlug);
        return Operation.call(DELETE_TEAM, teamSlug, () -> client.root().deleteTeam(client.org(), teamSlug),
                reply -> reply.respond(Deletes.message("Team " + teamSlug, reply.statusCode()), teamSlug));
    }

    PageSource<Member> members(String teamSlug) {
        Validation.slug("teamSlug", teamSlug);
        return new PageSource<>(LIST_TEAM_MEMBERS, teamSlug, "members of team " + teamSlug,
                cursor -> client.root().listTeamMembers(client.org(), teamSlug, cursor));
    }

    PageSource<Project> projects(String teamSlug) {
        Validation.slug("teamSlug", teamSlug);
        return new PageSource<>(LIST_TEAM_PROJECTS, teamSlug, "projects of team " + teamSlug,
                cursor -> client.root().listTeamProjects(client.org(), teamSlug, cursor));
    }

    Operation<SentryResponse<Project>> createProject(CreateProjectInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", input.name());
        input.slug().ifPresent(slug -> body.put("slug", slug));
        input.platform().ifPresent(platform -> body.put("platform", platform));
        return Operation.call(CREATE_PROJECT, input.teamSlug(),
                () -> client.root().createProject(client.org(), input.teamSlug(), body), reply -> {
                    Project project = reply.requireBody();
                    return reply.respond("Created project " + project.slug() + " for team " + input.teamSlug(),
                            project);
                });
    }

    Operation<SentryResponse<Project>> addToProject(String projectSlug, String teamSlug) {
        Validation.slug("projectSlug", projectSlug);
        Validation.slug("teamSlug", teamSlug);
        return Operation.call(ADD_TEAM_TO_PROJECT, projectSlug,
                () -> client.root().addTeamToProject(client.org(), projectSlug, teamSlug),
                reply -> reply.respond("Team " + teamSlug + " has access to project " + projectSlug,
                        reply.requireBody()));
    }

    Operation<SentryResponse<Project>> removeFromProject(String projectSlug, String teamSlug) {
        Validation.slug("projectSlug", projectSlug);
        Validation.slug("teamSlug", teamSlug);
        return Operation.call(REMOVE_TEAM_FROM_PROJECT, projectSlug,
                () -> client.root().removeTeamFromProject(client.org(), projectSlug, teamSlug),
                reply -> reply.respond("Team " + teamSlug + " no longer has access to project " + projectSlug,
                        reply.requireBody()));
    }

    Operation<SentryResponse<List<Team>>> userTeams() {
        return Operation.call("listUserTeams", "", () -> client.api().listUserTeams(), reply -> {
            List<Team> teams = reply.requireBody().stream().filter(Objects::nonNull).toList();
            return reply.respond("The token's user is in " + teams.size() + " teams", teams);
        });
    }

    PageSource<Team> projectTeams(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listProjectTeams", projectSlug, "teams of project " + projectSlug,
                cursor -> client.root().listProjectTeams(client.org(), projectSlug, cursor));
    }

    Operation<SentryResponse<Team>> addMember(String memberId, String teamSlug) {
        Validation.numericId("memberId", memberId);
        Validation.slug("teamSlug", teamSlug);
        return Operation.call("addMemberToTeam", teamSlug, () -> client.api().addMemberToTeam(memberId, teamSlug),
                reply -> reply.respond(reply.statusCode() == 202 ? "Asked to add member " + memberId + " to team "
                        + teamSlug + ": the organization requires an approval" : "Added member " + memberId
                        + " to team " + teamSlug, reply.requireBody()));
    }

    Operation<SentryResponse<Team>> removeMember(String memberId, String teamSlug) {
        Validation.numericId("memberId", memberId);
        Validation.slug("teamSlug", teamSlug);
        return Operation.call("removeMemberFromTeam", teamSlug,
                () -> client.api().removeMemberFromTeam(memberId, teamSlug),
                reply -> reply.respond("Removed member " + memberId + " from team " + teamSlug, reply.requireBody()));
    }

    Operation<SentryResponse<String>> setRole(String memberId, String teamSlug, String role) {
        Validation.numericId("memberId", memberId);
        Validation.slug("teamSlug", teamSlug);
        if (!"contributor".equals(role) && !"admin".equals(role)) {
            throw new IllegalArgumentException("role must be contributor or admin (Sentry's team roles), got " + role);
        }
        return Operation.call("updateTeamRole", teamSlug,
                () -> client.api().updateTeamRole(memberId, teamSlug, Map.of("teamRole", role)), reply -> {
                    String now = reply.requireBody().teamRole();
                    return reply.respond("Member " + memberId + " is " + now + " of team " + teamSlug, now);
                });
    }
}
