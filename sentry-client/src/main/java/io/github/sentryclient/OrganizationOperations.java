package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import java.util.List;
import java.util.Optional;

/** The organization operations: the organization itself, its projects and its members. */
final class OrganizationOperations {

    static final String LIST_PROJECTS = "listProjects";
    static final String LIST_MEMBERS = "listMembers";
    static final String FIND_MEMBER = "findMemberByEmail";
    static final String GET_ORGANIZATION = "getOrganization";

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
}
