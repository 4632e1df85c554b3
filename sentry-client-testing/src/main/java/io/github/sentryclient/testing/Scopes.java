package io.github.sentryclient.testing;

import java.util.Set;

/**
 * Sentry's token scopes, and the ones each kind of route accepts (any one of them), as Sentry's permission
 * classes declare them: {@code GroupPermission} and {@code OrganizationEventPermission} for issues and what hangs
 * off them, {@code OrganizationPermission} for the organization and its projects, and
 * {@code OrganizationMemberPermission} for members, {@code TeamPermission} and {@code ProjectPermission} for teams and
 * projects (src/sentry/api/bases/).
 */
final class Scopes {

    /** Every scope a token can be given. */
    static final Set<String> ALL = Set.of("org:read", "org:write", "org:admin", "org:integrations", "org:ci",
            "member:read", "member:write", "member:admin", "team:read", "team:write", "team:admin",
            "project:read", "project:write", "project:admin", "project:releases", "event:read", "event:write",
            "event:admin", "alerts:read", "alerts:write");

    static final Set<String> EVENT_READ = Set.of("event:read", "event:write", "event:admin");
    static final Set<String> EVENT_WRITE = Set.of("event:write", "event:admin");
    static final Set<String> EVENT_ADMIN = Set.of("event:admin");
    static final Set<String> ORG_READ = Set.of("org:read", "org:write", "org:admin");
    static final Set<String> MEMBER_READ = Set.of("member:read", "member:write", "member:admin");
    static final Set<String> TEAM_READ = Set.of("team:read", "team:write", "team:admin");
    static final Set<String> TEAM_WRITE = Set.of("team:write", "team:admin", "org:write", "org:admin");
    static final Set<String> TEAM_ADMIN = Set.of("team:admin", "org:admin");
    static final Set<String> PROJECT_READ = Set.of("project:read", "project:write", "project:admin");
    static final Set<String> PROJECT_WRITE = Set.of("project:write", "project:admin");
    static final Set<String> PROJECT_ADMIN = Set.of("project:admin");

    private Scopes() {
    }

    /** What an issue route (or a comment, tag or event route of an issue) accepts for {@code method}. */
    static Set<String> forIssues(String method) {
        return switch (method) {
            case "GET" -> EVENT_READ;
            case "DELETE" -> EVENT_ADMIN;
            default -> EVENT_WRITE;
        };
    }
}
