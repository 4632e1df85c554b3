package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Repository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The organization operations: the organization itself, its projects and its members. */
final class OrganizationOperations {

    static final String LIST_PROJECTS = "listProjects";
    static final String LIST_MEMBERS = "listMembers";
    static final String FIND_MEMBER = "findMemberByEmail";
    static final String GET_ORGANIZATION = "getOrganization";
    static final String LIST_ORGANIZATIONS = "listOrganizations";
    static final String GET_MEMBER = "getMember";
    static final String RESOLVE_EVENT_ID = "resolveEventId";
    static final String LIST_ENVIRONMENTS = "listEnvironments";
    static final String LIST_REPOSITORIES = "listRepositories";
    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F-]{36}");

    /** Sentry's organization roles. */
    private static final Set<String> ORG_ROLES = Set.of("member", "admin", "manager", "owner",
            "billing");

    private final ClientApi client;

    OrganizationOperations(ClientApi client) {
        this.client = client;
    }

    PageSource<Project> listProjects() {
        return new PageSource<>(LIST_PROJECTS, "", "projects of organization " + client.org(),
                cursor -> client.api().listProjects(cursor));
    }

    PageSource<Member> listMembers() {
        return new PageSource<>(LIST_MEMBERS, "", "members of organization " + client.org(),
                cursor -> client.api().listMembers(null, cursor));
    }

    Operation<SentryResponse<Optional<Member>>> findMemberByEmail(String email) {
        Validation.email("email", email);
        return Operation.call(FIND_MEMBER, "", () -> client.api().listMembers("email:" + email, null),
                reply -> memberFound(email, reply));
    }

    Operation<SentryResponse<Organization>> get() {
        return Operation.call(GET_ORGANIZATION, "", () -> client.api().getOrganization(),
                OrganizationOperations::organizationRead);
    }

    PageSource<Organization> listOrganizations() {
        return new PageSource<>(LIST_ORGANIZATIONS, "", "organizations the token can see",
                cursor -> client.api().listOrganizations(cursor));
    }

    Operation<SentryResponse<Member>> getMember(String memberId) {
        Validation.numericId("memberId", memberId);
        return Operation.call(GET_MEMBER, "", () -> client.api().getMember(memberId), reply -> {
            Member member = reply.requireBody();
            return reply.respond("Member " + member.id() + " of organization " + client.org() + ": "
                    + member.email(), member);
        });
    }

    Operation<SentryResponse<EventIdResolution>> resolveEventId(String eventId) {
        if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
            throw new IllegalArgumentException("eventId must be an event id of 32 hex digits (dashes allowed), got "
                    + (eventId == null ? "null" : "'" + eventId + "'"));
        }
        String id = eventId.replace("-", "").toLowerCase(Locale.ROOT);
        return Operation.call(RESOLVE_EVENT_ID, "", () -> client.api().resolveEventId(id), reply -> {
            EventIdResolution resolved = reply.requireBody();
            return reply.respond("Event " + id + " is in issue " + resolved.groupId() + " of project "
                    + resolved.projectSlug(), resolved);
        });
    }

    Operation<SentryResponse<List<Environment>>> listEnvironments(boolean includeHidden) {
        return Operation.call(LIST_ENVIRONMENTS, "", () -> client.api().listEnvironments(includeHidden ? "all"
                : "visible"), reply -> {
                    List<Environment> environments = reply.requireBody().stream().filter(Objects::nonNull).toList();
                    return reply.respond("Listed " + environments.size() + " environments of organization "
                            + client.org(), environments);
                });
    }

    PageSource<Repository> listRepositories() {
        return new PageSource<>(LIST_REPOSITORIES, "", "repositories of organization " + client.org(),
                cursor -> client.api().listRepositories(cursor));
    }

    private SentryResponse<Optional<Member>> memberFound(String email, Reply<List<Member>> reply) {
        Optional<Member> member = reply.requireBody().stream()
                .filter(m -> m.email().equalsIgnoreCase(email)
                        || m.user().flatMap(u -> u.email()).filter(e -> e.equalsIgnoreCase(email)).isPresent())
                .findFirst();
        String org = client.org();
        String message = member
                .map(m -> email + " is member " + m.id() + " of organization " + org
                        + m.assignee().map(a -> " (assign issues to " + a + ")").orElse(" (invitation pending)"))
                .orElse(email + " is not a member of organization " + org);
        return reply.respond(message, member);
    }

    static SentryResponse<Organization> organizationRead(Reply<Organization> reply) {
        Organization organization = reply.requireBody();
        return reply.respond("Organization " + organization.slug() + " (" + organization.name() + ")"
                + organization.links().flatMap(links -> links.regionUrl()).map(url -> ", region " + url).orElse(""),
                organization);
    }

    PageSource<Commit> repositoryCommits(String repoId) {
        Validation.numericId("repoId", repoId);
        return new PageSource<>("listRepositoryCommits", "", "commits of repository " + repoId,
                cursor -> client.api().listRepositoryCommits(repoId, cursor));
    }

    Operation<SentryResponse<Member>> invite(String email, String orgRole) {
        Validation.email("email", email);
        role(orgRole);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("orgRole", orgRole);
        return Operation.call("inviteMember", "", () -> client.api().inviteMember(body), reply -> {
            Member member = reply.requireBody();
            return reply.respond("Invited " + email + " to organization " + client.org() + " as " + orgRole
                    + " (member " + member.id() + ")", member);
        });
    }

    Operation<SentryResponse<Member>> updateRole(String memberId, String orgRole) {
        Validation.numericId("memberId", memberId);
        role(orgRole);
        return Operation.call("updateMember", "", () -> client.api().updateMember(memberId, Map.of("orgRole",
                orgRole)), reply -> reply.respond("Member " + memberId + " is now " + orgRole, reply.requireBody()));
    }

    Operation<SentryResponse<String>> remove(String memberId) {
        Validation.numericId("memberId", memberId);
        return Operation.call("removeMember", "", () -> client.api().removeMember(memberId),
                reply -> reply.respond(Deletes.message("Member " + memberId, reply.statusCode()), memberId));
    }

    private static void role(String orgRole) {
        if (orgRole == null || !ORG_ROLES.contains(orgRole)) {
            throw new IllegalArgumentException("orgRole must be one of Sentry's roles " + new TreeSet<>(
                    ORG_ROLES) + ", got " + (orgRole == null ? "null" : "'" + orgRole + "'"));
        }
    }
}
