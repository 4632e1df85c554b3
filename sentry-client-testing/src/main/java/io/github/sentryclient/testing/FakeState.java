package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fake's data: issues with their comments and event tags, and the organization's members. Not thread-safe by
 * itself: {@link FakeSentry} holds this object's monitor around every handler and every seeding call.
 */
final class FakeState {

    /** The user the auth token belongs to: a member, and the author of every comment posted through the API. */
    static final User TOKEN_USER = User.builder().id("1").name("Fake Sentry User").email("you@example.com")
            .username("you@example.com").build();

    static final Project DEFAULT_PROJECT = Project.builder().id("2").slug("backend").name("Backend")
            .platform("java").build();

    private static final long FIRST_ISSUE_ID = 6_900_000_001L;
    private static final long FIRST_NOTE_ID = 4_633_816_001L;
    private static final long FIRST_RELEASE_ID = 1_122_684_517L;

    private final Clock clock;
    private final Map<String, IssueRecord> issues = new LinkedHashMap<>();
    private final Map<String, User> members = new LinkedHashMap<>();
    /** Teams by id; slugs as their names. */
    private final Map<String, Team> teams = new LinkedHashMap<>();
    /** Releases by version, in the order created. */
    private final Map<String, Release> releases = new LinkedHashMap<>();
    private long issueSequence;
    private long noteSequence;
    private long releaseSequence;
    private long runSequence;

    private final List<String> repositories = new ArrayList<>();
    private final Map<String, Project> createdProjects = new LinkedHashMap<>();
    private final Set<String> deletedProjects = new LinkedHashSet<>();
    private final Map<String, List<ObjectNode>> keys = new LinkedHashMap<>();
    private final Set<String> bookmarkedProjects = new LinkedHashSet<>();
    /** Organization roles by member id, where not the default (owner for the token's user, else member). */
    private final Map<String, String> roles = new LinkedHashMap<>();
    /** Invitations not accepted yet: member id to e-mail. */
    private final Map<String, String> invites = new LinkedHashMap<>();
    private final Set<String> hiddenEnvironments = new LinkedHashSet<>();
    private final Map<String, ObjectNode> ownership = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> hooks = new LinkedHashMap<>();
    private final Set<String> activeFilters = new LinkedHashSet<>();
    private final Map<String, List<ObjectNode>> feedback = new LinkedHashMap<>();
    private String orgSlug = FakeSentry.DEFAULT_ORG;
    private boolean multiProjectStream = true;
    private Set<String> scopes = Scopes.ALL;
    private boolean tokenHasUser = true;

    FakeState(Clock clock) {
        this.clock = clock;
        reset();
    }

    void multiProjectStream(boolean enabled) {
        multiProjectStream = enabled;
    }

    boolean multiProjectStream() {
        return multiProjectStream;
    }

    /** The token's scopes and whether it authenticates a user (an organization token or an API key does not). */
    void token(Set<String> tokenScopes, boolean hasUser) {
        this.scopes = Set.copyOf(tokenScopes);
        this.tokenHasUser = hasUser;
    }

    Set<String> scopes() {
        return scopes;
    }

    boolean tokenHasUser() {
        return tokenHasUser;
    }

    void reset() {
        issues.clear();
        members.clear();
        teams.clear();
        releases.clear();
        repositories.clear();
        createdProjects.clear();
        deletedProjects.clear();
        keys.clear();
        bookmarkedProjects.clear();
        roles.clear();
        invites.clear();
        hiddenEnvironments.clear();
        ownership.clear();
        hooks.clear();
        activeFilters.clear();
        feedback.clear();
        members.put(TOKEN_USER.id(), TOKEN_USER);
        issueSequence = 0;
        noteSequence = 0;
        releaseSequence = 0;
        runSequence = 0;
    }

    void orgSlug(String slug) {
        orgSlug = slug;
    }

    String orgSlug() {
        return orgSlug;
    }

    /** The names of the connected repositories, in the order added. */
    List<String> repositories() {
        return repositories;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A builder filled with the defaults of a fresh, realistic issue with the next free id. */
    Issue.Builder defaults() {
        long n = issueSequence + 1;
        while (issues.containsKey(Long.toString(FIRST_ISSUE_ID + n - 1))) {
            n++;
        }
        String id = Long.toString(FIRST_ISSUE_ID + n - 1);
        Instant lastSeen = now().truncatedTo(ChronoUnit.SECONDS);
        Issue.Builder builder = Issue.builder();
        builder.id(id)
                .shortId(DEFAULT_PROJECT.slug().toUpperCase(Locale.ROOT) + "-" + Long.toString(n, 36)
                        .toUpperCase(Locale.ROOT))
                .title("NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null")
                .culprit("com.example.orders.OrderService in validate")
                .permalink("https://sentry.io/issues/" + id + "/")
                .level("error")
                .status(IssueStatus.UNRESOLVED)
                .substatus(IssueSubstatus.ONGOING)
                .priority(IssuePriority.MEDIUM)
                .count(1)
                .userCount(1)
                .firstSeen(lastSeen.minus(Duration.ofHours(1)))
                .lastSeen(lastSeen)
                .project(DEFAULT_PROJECT)
                .platform(DEFAULT_PROJECT.platform().orElse("java"))
                .isSubscribed(false);
        return builder;
    }

    Issue add(Issue issue) {
        if (issues.containsKey(issue.id())) {
            throw new IllegalArgumentException("issue id " + issue.id() + " is already taken");
        }
        if (!issue.shortId().isEmpty() && findByShortId(issue.shortId()).isPresent()) {
            throw new IllegalArgumentException("shortId " + issue.shortId() + " is already taken");
        }
        issues.put(issue.id(), new IssueRecord(issue));
        issueSequence++;
        return issue;
    }

    /** The issue with this numeric id or short id (case-insensitive), as Sentry's org-scoped routes look it up. */
    Optional<IssueRecord> find(String idOrShortId) {
        IssueRecord byId = issues.get(idOrShortId);
        return byId != null ? Optional.of(byId) : findByShortId(idOrShortId);
    }

    private Optional<IssueRecord> findByShortId(String shortId) {
        return issues.values().stream()
                .filter(record -> record.issue().shortId().equalsIgnoreCase(shortId))
                .findFirst();
    }

    /** Like {@link #find(String)}, for seeding and inspection: an unknown id is the caller's mistake. */
    IssueRecord require(String idOrShortId) {
        return find(idOrShortId).orElseThrow(() -> new IllegalArgumentException("no issue " + idOrShortId
                + " in this FakeSentry; add it with addIssue first"));
    }

    /** Every issue, in the order added. */
    List<IssueRecord> issues() {
        return List.copyOf(issues.values());
    }

    /** Forgets an issue, as Sentry's deletion does once it has run. */
    void remove(IssueRecord record) {
        issues.remove(record.issue().id());
    }

    void addTeam(String id, String slug, Set<String> projects) {
        teams.put(id, new Team(id, slug, slug, projects == null ? null : new LinkedHashSet<>(projects),
                new LinkedHashSet<>(Set.of(TOKEN_USER.id())), now()));
    }

    /** A new team with the next free id. */
    Team createTeam(String slug, String name) {
        long id = 100;
        while (teams.containsKey(Long.toString(id))) {
            id++;
        }
        Team team = new Team(Long.toString(id), slug, name, new LinkedHashSet<>(),
                new LinkedHashSet<>(Set.of(TOKEN_USER.id())), now());
        teams.put(team.id(), team);
        return team;
    }

    /** The team with this slug. */
    Optional<Team> teamBySlug(String slug) {
        return teams.values().stream().filter(team -> team.slug().equals(slug)).findFirst();
    }

    /** Every team, in the order added. */
    List<Team> teams() {
        return List.copyOf(teams.values());
    }

    void replaceTeam(Team team) {
        teams.put(team.id(), team);
    }

    void removeTeam(Team team) {
        teams.remove(team.id());
    }

    /** Adds a project of the organization (one a team created). */
    void addProject(Project project) {
        createdProjects.put(project.slug(), project);
    }

    /** Replaces a project's settings, under its old slug. */
    void replaceProject(String slug, Project project) {
        createdProjects.remove(slug);
        deletedProjects.add(slug);
        deletedProjects.remove(project.slug());
        createdProjects.put(project.slug(), project);
    }

    /** Forgets a project, as Sentry's deletion does once it has run. */
    void removeProject(String slug) {
        createdProjects.remove(slug);
        deletedProjects.add(slug);
    }

    /** The project with this slug. */
    Optional<Project> project(String slug) {
        return projects().stream().filter(project -> project.slug().equals(slug)).findFirst();
    }

    /** Organization roles by member id, where changed from the default. */
    Map<String, String> roles() {
        return roles;
    }

    /** Pending invitations: member id to e-mail, in the order sent. */
    Map<String, String> invites() {
        return invites;
    }

    /** The service hooks of a project, oldest first. */
    List<ObjectNode> hooks(String projectSlug) {
        return hooks.computeIfAbsent(projectSlug, slug -> new ArrayList<>());
    }

    /** The inbound filters turned on, as {@code project/filter}. */
    Set<String> activeFilters() {
        return activeFilters;
    }

    /** Ownership rules by project slug, once changed. */
    Map<String, ObjectNode> ownership() {
        return ownership;
    }

    /** The user feedback of a project, oldest first. */
    List<ObjectNode> feedback(String projectSlug) {
        return feedback.computeIfAbsent(projectSlug, slug -> new ArrayList<>());
    }

    /** Hidden environments, as {@code project/name}. */
    Set<String> hiddenEnvironments() {
        return hiddenEnvironments;
    }

    /** The slugs of the projects the token's user bookmarked. */
    Set<String> bookmarkedProjects() {
        return bookmarkedProjects;
    }

    /** The client keys of a project, each as Sentry renders it, oldest first. */
    List<ObjectNode> keys(String projectSlug) {
        return keys.computeIfAbsent(projectSlug, slug -> new ArrayList<>());
    }

    /** Team {@code team:ID} (or a bare id), when the organization has it. */
    Optional<Team> team(String identifier) {
        String id = identifier.startsWith("team:") ? identifier.substring("team:".length()) : identifier;
        return Optional.ofNullable(teams.get(id));
    }

    Release addRelease(String version, Set<String> projects) {
        if (releases.containsKey(version)) {
            throw new IllegalArgumentException("release " + version + " already exists");
        }
        Release release = new Release(FIRST_RELEASE_ID + releaseSequence++, version, Set.copyOf(projects), now());
        releases.put(version, release);
        return release;
    }

    /** The release {@code version}, of any project. */
    Optional<Release> release(String version) {
        return Optional.ofNullable(releases.get(version));
    }

    /** Every release, newest first. */
    List<Release> releases() {
        List<Release> all = new ArrayList<>(releases.values());
        Collections.reverse(all);
        return all;
    }

    void removeRelease(Release release) {
        releases.remove(release.version());
    }

    /** Every project the fake knows: its default one, those of its issues and those created, not deleted. */
    List<Project> projects() {
        Map<String, Project> projects = new LinkedHashMap<>();
        projects.put(DEFAULT_PROJECT.slug(), DEFAULT_PROJECT);
        issues.values().forEach(record -> projects.putIfAbsent(record.issue().project().slug(),
                record.issue().project()));
        projects.putAll(createdProjects);
        deletedProjects.forEach(slug -> {
            if (!createdProjects.containsKey(slug)) {
                projects.remove(slug);
            }
        });
        return List.copyOf(projects.values());
    }

    /** The release {@code version} of project {@code projectSlug}, as Sentry's status details look it up. */
    Optional<Release> release(String version, String projectSlug) {
        return Optional.ofNullable(releases.get(version)).filter(release -> release.projects().contains(projectSlug));
    }

    /** The project's newest release, Sentry's basis for "the next release". */
    Optional<Release> latestRelease(String projectSlug) {
        return releases.values().stream().filter(release -> release.projects().contains(projectSlug))
                .reduce((first, second) -> second);
    }

    List<User> members() {
        return List.copyOf(members.values());
    }

    /** Forgets a member, by user id; teams forget them too. */
    void removeMember(String userId) {
        members.remove(userId);
        teams.values().forEach(team -> team.memberIds().remove(userId));
    }

    User addMember(User user) {
        if (members.containsKey(user.id())) {
            throw new IllegalArgumentException("user id " + user.id() + " is already a member");
        }
        members.put(user.id(), user);
        return user;
    }

    /**
     * The member an actor identifier names, in the forms Sentry accepts: {@code user:ID}, a numeric user id, a
     * username or a primary e-mail.
     */
    Optional<User> member(String identifier) {
        String id = identifier.startsWith("user:") ? identifier.substring("user:".length()) : identifier;
        User byId = members.get(id);
        if (byId != null) {
            return Optional.of(byId);
        }
        // Members' usernames are their e-mails, as for users who sign up with an e-mail.
        return members.values().stream()
                .filter(user -> user.email().map(identifier::equalsIgnoreCase).orElse(false))
                .findFirst();
    }

    long nextRunId() {
        return runSequence++;
    }

    long nextNoteId() {
        return FIRST_NOTE_ID + noteSequence++;
    }

    /** The mutable state of one issue. */
    static final class IssueRecord {

        private Issue issue;
        private ObjectNode statusDetails = FakeJson.mapper().createObjectNode();
        private String shareId;
        private final List<Note> notes = new ArrayList<>();
        private final Map<String, Map<String, TagCount>> tags = new LinkedHashMap<>();
        private final List<Event> events = new ArrayList<>();
        private ObjectNode autofix;

        IssueRecord(Issue issue) {
            this.issue = issue;
        }

        Issue issue() {
            return issue;
        }

        void issue(Issue changed) {
            this.issue = changed;
        }

        ObjectNode statusDetails() {
            return statusDetails;
        }

        void statusDetails(ObjectNode details) {
            this.statusDetails = details;
        }

        String shareId() {
            return shareId;
        }

        /** The latest autofix run's state, or null before any. */
        ObjectNode autofix() {
            return autofix;
        }

        void autofix(ObjectNode run) {
            autofix = run;
        }

        void shareId(String id) {
            this.shareId = id;
        }

        /** The notes, oldest first. */
        List<Note> notes() {
            return notes;
        }

        /** Tag key to value to counts, in the order first seen. */
        Map<String, Map<String, TagCount>> tags() {
            return tags;
        }

        /** The events, oldest first. */
        List<Event> events() {
            return events;
        }

        void addEventTag(String key, String value, Instant seen) {
            tags.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(value, v -> new TagCount(value, seen))
                    .seen(seen);
        }
    }

    /** One event of an issue: its id (32 hex digits), when it happened and its tags. */
    record Event(String id, Instant dateCreated, Map<String, String> tags) {
    }

    /**
     * A comment as Sentry stores it: a note activity, whose data is the text and the mentioned actors
     * ({@code user:ID}, {@code team:ID}, in the order given).
     */
    record Note(String id, User user, String text, List<String> mentions, Instant dateCreated) {
    }

    /**
     * A team: its slug and name, the slugs of the projects it has access to ({@code null}: every project) and its
     * members' user ids.
     */
    record Team(String id, String slug, String name, Set<String> projects, Set<String> memberIds, Instant created) {

        boolean hasAccess(String projectSlug) {
            return projects == null || projects.contains(projectSlug);
        }
    }

    /** A release: its version, the slugs of its projects, when it was created, and what changes. */
    static final class Release {

        private final String version;
        private final Set<String> projects;
        private final Instant dateCreated;
        private final long id;
        private String ref;
        private String url;
        private Instant dateReleased;
        private final List<ObjectNode> deploys = new ArrayList<>();
        private final List<ObjectNode> commits = new ArrayList<>();
        private final List<ObjectNode> files = new ArrayList<>();
        private final List<ObjectNode> artifacts = new ArrayList<>();

        Release(long id, String version, Set<String> projects, Instant dateCreated) {
            this.id = id;
            this.version = version;
            this.projects = projects;
            this.dateCreated = dateCreated;
        }

        long id() {
            return id;
        }

        String version() {
            return version;
        }

        Set<String> projects() {
            return projects;
        }

        Instant dateCreated() {
            return dateCreated;
        }

        String ref() {
            return ref;
        }

        void ref(String value) {
            ref = value;
        }

        String url() {
            return url;
        }

        void url(String value) {
            url = value;
        }

        Instant dateReleased() {
            return dateReleased;
        }

        void dateReleased(Instant value) {
            dateReleased = value;
        }

        /** The deploys, oldest first, as Sentry renders them. */
        List<ObjectNode> deploys() {
            return deploys;
        }

        /** The commits, newest first, as Sentry renders them. */
        List<ObjectNode> commits() {
            return commits;
        }

        /** The files uploaded to the release (artifacts), as Sentry renders them. */
        List<ObjectNode> artifacts() {
            return artifacts;
        }

        /** The files the commits changed, as Sentry renders them. */
        List<ObjectNode> files() {
            return files;
        }
    }

    /** How often events of an issue carried one tag value, and when. */
    static final class TagCount {

        private final String value;
        private final Instant firstSeen;
        private Instant lastSeen;
        private long count;

        TagCount(String value, Instant firstSeen) {
            this.value = value;
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }

        void seen(Instant when) {
            count++;
            lastSeen = when;
        }

        String value() {
            return value;
        }

        Instant firstSeen() {
            return firstSeen;
        }

        Instant lastSeen() {
            return lastSeen;
        }

        long count() {
            return count;
        }
    }
}
