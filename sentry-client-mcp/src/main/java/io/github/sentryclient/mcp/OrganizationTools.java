package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The tools on the organization: itself, its projects and its members. */
final class OrganizationTools {

    /** Most items a find tool returns. */
    static final int MAX_FOUND = 100;

    private OrganizationTools() {
    }

    static List<ToolDefinition<?>> all() {
        return List.of(
                new ToolDefinition<>("get_organization", "Get the organization",
                        "Reads the organization this server is configured for: slug, name and the region URL"
                                + " its data lives at. One request.",
                        NoArgs.class, OrganizationView.class, Effect.READ, OrganizationTools::organization),
                new ToolDefinition<>("find_projects", "Find projects",
                        "Lists the organization's projects whose slug or name contains query (all when it is"
                                + " empty), at most 100, with their slug, id and platform. One request per 100"
                                + " projects.",
                        Find.class, ProjectList.class, Effect.READ, OrganizationTools::projects),
                new ToolDefinition<>("find_members", "Find members",
                        "Lists the organization's members whose e-mail or name contains query (all when it is"
                                + " empty), at most 100, with the value to use as an assignee or mention"
                                + " (user:ID). One request per 100 members.",
                        Find.class, MemberList.class, Effect.READ, OrganizationTools::members));
    }

    /** No arguments. */
    record NoArgs() {
    }

    /** Arguments of the find tools. */
    record Find(@JsonPropertyDescription("Part of a slug, name or e-mail; case does not matter") String query) {

        Predicate<String> matcher() {
            String part = Optional.ofNullable(query).orElse("").trim().toLowerCase(Locale.ROOT);
            return text -> text.toLowerCase(Locale.ROOT).contains(part);
        }
    }

    /** The organization. */
    record OrganizationView(String id, String slug, String name,
            @JsonPropertyDescription("Where the organization's data lives, such as https://us.sentry.io")
            String regionUrl) {
    }

    /** One project. */
    record ProjectView(String id, String slug, String name, String platform) {
    }

    /** Result of find_projects. */
    record ProjectList(List<ProjectView> projects) {
    }

    /** One member. */
    record MemberView(String id, String email, String name, String role,
            @JsonPropertyDescription("The value for assignee and mentions, such as user:42; absent for an invitation"
                    + " not accepted yet") String assignee,
            boolean pending) {
    }

    /** Result of find_members. */
    record MemberList(List<MemberView> members) {
    }

    static ToolOutput organization(SentryClient client, NoArgs args) {
        Organization organization = client.getOrganization().data();
        OrganizationView view = new OrganizationView(organization.id(), organization.slug(), organization.name(),
                organization.links().flatMap(links -> links.regionUrl()).orElse(null));
        return new ToolOutput("Organization " + view.slug() + " (" + view.name() + "), id " + view.id()
                + (view.regionUrl() == null ? "" : ", data at " + view.regionUrl()), view);
    }

    static ToolOutput projects(SentryClient client, Find args) {
        Predicate<String> matches = args.matcher();
        List<ProjectView> projects = client.listProjects().stream()
                .filter(project -> matches.test(project.slug()) || matches.test(project.name()))
                .limit(MAX_FOUND)
                .map(OrganizationTools::project)
                .toList();
        StringBuilder text = new StringBuilder("Found " + projects.size() + " projects\n");
        projects.forEach(p -> text.append("- ").append(p.slug()).append(" (").append(p.name()).append(", id ")
                .append(p.id()).append(", platform ").append(Objects.toString(p.platform(), "not set")).append(")\n"));
        return new ToolOutput(text.toString().strip(), new ProjectList(projects));
    }

    static ToolOutput members(SentryClient client, Find args) {
        Predicate<String> matches = args.matcher();
        List<MemberView> members = client.listMembers().stream()
                .filter(member -> matches.test(member.email()) || matches.test(member.name()))
                .limit(MAX_FOUND)
                .map(member -> new MemberView(member.id(), member.email(), member.name(),
                        member.orgRole().orElse(null), member.assignee().orElse(null), member.pending()))
                .toList();
        StringBuilder text = new StringBuilder("Found " + members.size() + " members\n");
        members.forEach(m -> text.append("- ").append(m.name()).append(" <").append(m.email()).append(">")
                .append(m.assignee() == null ? " (invited)" : ": " + m.assignee()).append('\n'));
        return new ToolOutput(text.toString().strip(), new MemberList(members));
    }

    private static ProjectView project(Project project) {
        return new ProjectView(project.id(), project.slug(), project.name(), project.platform().orElse(null));
    }
}
