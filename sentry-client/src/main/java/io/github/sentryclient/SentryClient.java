package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.internal.http.ClientEvents;
import io.github.sentryclient.internal.http.HttpStack;
import io.github.sentryclient.internal.http.Timing;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.AutofixRun;
import io.github.sentryclient.model.AutofixState;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.Deploy;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.EventSearchResult;
import io.github.sentryclient.model.EventTimeseries;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.model.EventUser;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.InboundFilter;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ProjectOwnership;
import io.github.sentryclient.model.RateLimit;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseFile;
import io.github.sentryclient.model.Repository;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.model.ServiceHook;
import io.github.sentryclient.model.SessionsResult;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.StatsSummary;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.model.TraceMeta;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UpdateReleaseInput;
import io.github.sentryclient.model.UpdateTeamInput;
import io.github.sentryclient.model.UserFeedback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.zalando.logbook.Logbook;

/**
 * The client for Sentry's web API: triages the issues of one organization. Each method sends the request, waits
 * for Sentry's answer and returns a {@link SentryResponse}, or throws a subclass of
 * {@link io.github.sentryclient.error.SentryClientException}; {@link #async()} offers the same operations as
 * futures. Thread-safe; share one instance and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (SentryClient client = SentryClient.builder().authToken(token).orgSlug("acme").build()) {
 *     Issue issue = client.getIssue(GetIssueInput.builder().issueId("PROJ-1A").build()).data();
 * }
 * }</pre>
 */
public final class SentryClient implements AutoCloseable {

    private final SentryClientConfig config;
    private final HttpStack http;
    private final Resources resources;
    private final IssueOperations issues;
    private final CommentOperations comments;
    private final TagOperations tags;
    private final EventOperations events;
    private final OrganizationOperations organization;
    private final RequestOperations requests;
    private final ReleaseOperations releases;
    private final ExploreOperations explore;
    private final TeamOperations teams;
    private final ProjectOperations projects;
    private final SeerOperations seer;
    private final SentryAsyncClient async;

    private SentryClient(SentryClientConfig config, OkHttpClient okHttpClient, Logbook logbook, Timing timing,
            ClientEvents events) {
        this.config = config;
        this.http = HttpStack.create(config, okHttpClient, logbook, timing, events);
        this.resources = Resources.of(new ClientApi(http.api(), http.root(), http.raw(),
                okhttp3.HttpUrl.get(config.apiUrl()), config.orgSlug(), config.projectSlug()));
        this.issues = resources.issues();
        this.comments = resources.comments();
        this.tags = resources.tags();
        this.events = resources.events();
        this.organization = resources.organization();
        this.requests = resources.requests();
        this.releases = resources.releases();
        this.explore = resources.explore();
        this.teams = resources.teams();
        this.projects = resources.projects();
        this.seer = resources.seer();
        this.async = new SentryAsyncClient(resources);
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from the environment variables sentry-cli uses; see {@link Builder#fromEnv()}.
     *
     * @throws IllegalArgumentException naming the variable that is missing or invalid
     */
    public static SentryClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** Creates a client with {@code config}. */
    public static SentryClient create(SentryClientConfig config) {
        return new SentryClient(Objects.requireNonNull(config, "config"), null, null, Timing.system(),
                ClientEvents.NONE);
    }

    /** The name and version this library sends in {@code User-Agent}, such as {@code sentry-client-java/0.1.0}. */
    public static String userAgent() {
        return HttpStack.USER_AGENT;
    }

    /** The same operations, answered with {@link java.util.concurrent.CompletableFuture}s. */
    public SentryAsyncClient async() {
        return async;
    }

    /** The settings this client uses. */
    public SentryClientConfig config() {
        return config;
    }

    /**
     * The latest rate-limit state Sentry reported to this client, from the {@code X-Sentry-Rate-Limit-*} headers of
     * the most recent response that carried them (errors included); empty before the first such response.
     */
    public Optional<RateLimit> rateLimit() {
        return http.rateLimit();
    }

    /** Posts a comment on an issue ({@code 201}); the comment's text and id come back in the response. */
    public SentryResponse<Comment> addComment(AddCommentInput input) {
        return comments.add(input).runSync();
    }

    /** Sets an issue's status and returns the updated issue. */
    public SentryResponse<Issue> updateIssueStatus(UpdateIssueStatusInput input) {
        return issues.updateStatus(input).runSync();
    }

    /** Reads an issue by numeric id or short id. */
    public SentryResponse<Issue> getIssue(GetIssueInput input) {
        return issues.get(input).runSync();
    }

    /**
     * Assigns an issue to a user or team and returns the updated issue. When Sentry refuses the assignee (an
     * e-mail or user that is no member of the organization, or of no team with access to the issue's project), the
     * {@link io.github.sentryclient.error.SentryValidationException} says so and names the assignee. The client
     * does not look the assignee up first: Sentry's own check is the one that counts, costs no extra request and
     * needs no {@code member:read} scope; use {@link #findMemberByEmail(String)} to check ahead.
     */
    public SentryResponse<Issue> assignIssue(AssignIssueInput input) {
        return issues.assign(input).runSync();
    }

    /**
     * Makes sure an issue is labelled {@code key=value}. Sentry cannot set tags on an issue: when the issue's
     * events already carry the tag nothing is written ({@link io.github.sentryclient.model.TagSource#EVENT_TAG});
     * otherwise the tag is recorded once as a label comment
     * ({@link io.github.sentryclient.model.TagSource#LABEL_COMMENT}). The message says which happened.
     */
    public SentryResponse<TagResult> addTag(AddTagInput input) {
        return tags.addTag(input).runSync();
    }

    /**
     * Searches the organization's issues and returns the first page; go on with {@link Page#nextPage()} or go
     * through all results with {@link Page#autoPaging()}. The query is always sent (empty lists every issue, not
     * only unresolved ones); without projects the search covers the configured project, when there is one. With
     * {@link ListIssuesInput#cursor()}, the search starts at that page instead of the first.
     */
    public Page<Issue> listIssues(ListIssuesInput input) {
        return issues.list(input).fetch(input.cursor().orElse(null));
    }

    /**
     * Changes the fields set in {@code input} (status, substatus, status details, priority, assignee and the
     * per-user flags) and returns the whole updated issue.
     */
    public SentryResponse<Issue> updateIssue(UpdateIssueInput input) {
        return issues.update(input).runSync();
    }

    /** Archives an issue for good: status ignored, substatus {@code archived_forever}. */
    public SentryResponse<Issue> archiveIssue(String issueId) {
        return issues.archive(issueId, IssueSubstatus.ARCHIVED_FOREVER).runSync();
    }

    /** Archives an issue until it escalates: status ignored, substatus {@code archived_until_escalating}. */
    public SentryResponse<Issue> archiveIssueUntilEscalating(String issueId) {
        return issues.archive(issueId, IssueSubstatus.ARCHIVED_UNTIL_ESCALATING).runSync();
    }

    /** Removes an issue's assignee. */
    public SentryResponse<Issue> unassignIssue(String issueId) {
        return issues.unassign(issueId).runSync();
    }

    /**
     * Applies the same changes to up to 1000 issues named by id and returns the changes Sentry applied. When no id
     * names an issue the token can see, Sentry changes nothing (204): the result then says
     * {@link BulkUpdateResult#matched()} false, and the message says so; that is not an error.
     */
    public SentryResponse<BulkUpdateResult> bulkUpdateIssues(BulkUpdateIssuesInput input) {
        return issues.bulkUpdate(input).runSync();
    }

    /**
     * Queues an issue for deletion (Sentry answers 202 and deletes it in the background); data is the issue id. When
     * an attempt got no answer and the retry finds the issue gone (404), the delete most likely worked: the result
     * says "deleted, or already gone" with status 404, rather than a not-found error.
     */
    public SentryResponse<String> deleteIssue(String issueId) {
        return issues.delete(issueId).runSync();
    }

    /**
     * Deletes up to 1000 issues named by id; data is the ids. A request without ids is never sent (Sentry would
     * delete the first 1000 issues matching a search instead).
     */
    public SentryResponse<List<String>> bulkDeleteIssues(BulkDeleteIssuesInput input) {
        return issues.bulkDelete(input).runSync();
    }

    /** Lists an issue's comments, newest first, one page at a time. */
    public Page<Comment> listComments(String issueId) {
        return comments.list(issueId).fetch(null);
    }

    /** Changes a comment's text; Sentry allows it only on the token user's own comments. */
    public SentryResponse<Comment> updateComment(UpdateCommentInput input) {
        return comments.update(input).runSync();
    }

    /**
     * Deletes a comment (the token user's own only); data is the comment id. A retry that finds the comment gone
     * after an unanswered attempt reports "deleted, or already gone", as {@link #deleteIssue(String)} does.
     */
    public SentryResponse<String> deleteComment(DeleteCommentInput input) {
        return comments.delete(input).runSync();
    }

    /** Lists the tag keys of an issue's events, each with its most frequent values. */
    public SentryResponse<List<IssueTag>> listIssueTags(String issueId) {
        return tags.listIssueTags(issueId).runSync();
    }

    /** Lists the values of one tag on an issue's events, one page at a time. */
    public Page<TagValue> listTagValues(ListTagValuesInput input) {
        return tags.listTagValues(input).fetch(null);
    }

    /** Lists an issue's events, newest first, one page at a time; with {@code full} each carries its body. */
    public Page<Event> listIssueEvents(ListIssueEventsInput input) {
        return events.list(input).fetch(null);
    }

    /** Reads one event of an issue, with its full body: the latest, oldest, recommended or a given one. */
    public SentryResponse<Event> getIssueEvent(GetIssueEventInput input) {
        return events.get(input).runSync();
    }

    /** Lists the fingerprint hashes grouped into an issue, each with its latest event, one page at a time. */
    public Page<IssueHash> listIssueHashes(String issueId) {
        return issues.listHashes(issueId).fetch(null);
    }

    /** Resolves a short id such as {@code PROJ-1A} to its numeric issue id, project and issue. */
    public SentryResponse<ShortIdResolution> resolveShortId(String shortId) {
        return issues.resolveShortId(shortId).runSync();
    }

    /** Lists the organization's projects, one page at a time. */
    public Page<Project> listProjects() {
        return organization.listProjects().fetch(null);
    }

    /** Lists the organization's members and pending invitations, one page at a time. */
    public Page<Member> listMembers() {
        return organization.listMembers().fetch(null);
    }

    /**
     * Finds the member with an e-mail (case-insensitive); empty when nobody in the organization has it. Use
     * {@link Member#assignee()} to assign issues to them.
     */
    public SentryResponse<Optional<Member>> findMemberByEmail(String email) {
        return organization.findMemberByEmail(email).runSync();
    }

    /** Reads the organization, including the URL of its data region. */
    public SentryResponse<Organization> getOrganization() {
        return organization.get().runSync();
    }

    /**
     * Lists the organizations the token can see ({@code GET /api/0/organizations/}), such as to find an
     * organization's slug; asked of the configured host.
     */
    public Page<Organization> listOrganizations() {
        return organization.listOrganizations().fetch(null);
    }

    /**
     * Reads one member by member id (the {@code id} of {@link #listMembers()}' items, not the user id).
     *
     * @throws IllegalArgumentException if {@code memberId} is not numeric
     */
    public SentryResponse<Member> getMember(String memberId) {
        return organization.getMember(memberId).runSync();
    }

    /**
     * Finds the issue and project of an event id, such as one from a log line or a support ticket.
     *
     * @throws IllegalArgumentException if {@code eventId} is not 32 hex digits (a UUID's dashes are accepted)
     */
    public SentryResponse<EventIdResolution> resolveEventId(String eventId) {
        return organization.resolveEventId(eventId).runSync();
    }

    /** Lists the organization's environments; hidden ones too when {@code includeHidden}. */
    public SentryResponse<List<Environment>> listEnvironments(boolean includeHidden) {
        return organization.listEnvironments(includeHidden).runSync();
    }

    /** Lists the repositories connected to the organization. */
    public Page<Repository> listRepositories() {
        return organization.listRepositories().fetch(null);
    }

    /** Lists the organization's releases, newest first, optionally by version text, project and environment. */
    public Page<Release> listReleases(ListReleasesInput input) {
        return releases.list(input).fetch(null);
    }

    /**
     * Reads a release.
     *
     * @throws IllegalArgumentException if {@code version} breaks Sentry's version rule
     */
    public SentryResponse<Release> getRelease(String version) {
        return releases.get(version).runSync();
    }

    /**
     * Creates a release of one or more projects. A {@code POST}: never sent again once it may have reached Sentry.
     * When the release exists already, Sentry answers 208 and the message says so.
     */
    public SentryResponse<Release> createRelease(CreateReleaseInput input) {
        return releases.create(input).runSync();
    }

    /** Changes a release's ref, URL, release date or head commits. */
    public SentryResponse<Release> updateRelease(UpdateReleaseInput input) {
        return releases.update(input).runSync();
    }

    /**
     * Deletes a release; Sentry refuses (400) one that has issues or files. A retried delete that finds the release
     * gone reports "deleted, or already gone" with status 404, as for issues.
     */
    public SentryResponse<String> deleteRelease(String version) {
        return releases.delete(version).runSync();
    }

    /** Lists a release's deploys. */
    public Page<Deploy> listDeploys(String version) {
        return releases.deploys(version).fetch(null);
    }

    /** Records a deploy of a release to an environment. A {@code POST}: never sent again once it may have arrived. */
    public SentryResponse<Deploy> createDeploy(CreateDeployInput input) {
        return releases.createDeploy(input).runSync();
    }

    /** Lists a release's commits. */
    public Page<Commit> listReleaseCommits(String version) {
        return releases.commits(version).fetch(null);
    }

    /** Lists the files the commits of a release changed. */
    public Page<CommitFile> listReleaseCommitFiles(String version) {
        return releases.commitFiles(version).fetch(null);
    }

    /** Lists the organization's teams. */
    public Page<Team> listTeams() {
        return teams.list().fetch(null);
    }

    /**
     * Creates a team; Sentry answers 409 ({@code SentryClientException}) when the slug is taken. A {@code POST}: never
     * sent again once it may have reached Sentry.
     */
    public SentryResponse<Team> createTeam(CreateTeamInput input) {
        return teams.create(input).runSync();
    }

    /** Reads a team by slug. */
    public SentryResponse<Team> getTeam(String teamSlug) {
        return teams.get(teamSlug).runSync();
    }

    /** Changes a team's slug or name. */
    public SentryResponse<Team> updateTeam(UpdateTeamInput input) {
        return teams.update(input).runSync();
    }

    /** Deletes a team; a retried delete that finds it gone reports "deleted, or already gone" with status 404. */
    public SentryResponse<String> deleteTeam(String teamSlug) {
        return teams.delete(teamSlug).runSync();
    }

    /** Lists a team's members. */
    public Page<Member> listTeamMembers(String teamSlug) {
        return teams.members(teamSlug).fetch(null);
    }

    /** Lists the projects a team has access to. */
    public Page<Project> listTeamProjects(String teamSlug) {
        return teams.projects(teamSlug).fetch(null);
    }

    /** Creates a project owned by a team. A {@code POST}: never sent again once it may have reached Sentry. */
    public SentryResponse<Project> createProject(CreateProjectInput input) {
        return teams.createProject(input).runSync();
    }

    /** Gives a team access to a project (and so lets its issues be assigned to the team). */
    public SentryResponse<Project> addTeamToProject(String projectSlug, String teamSlug) {
        return teams.addToProject(projectSlug, teamSlug).runSync();
    }

    /** Takes a team's access to a project away. */
    public SentryResponse<Project> removeTeamFromProject(String projectSlug, String teamSlug) {
        return teams.removeFromProject(projectSlug, teamSlug).runSync();
    }

    /** Reads a project by slug. */
    public SentryResponse<Project> getProject(String projectSlug) {
        return projects.get(projectSlug).runSync();
    }

    /** Changes a project's name, slug, platform or bookmark. */
    public SentryResponse<Project> updateProject(UpdateProjectInput input) {
        return projects.update(input).runSync();
    }

    /**
     * Schedules a project for deletion, with all its issues and events; a retried delete that finds it gone reports
     * "deleted, or already gone" with status 404.
     */
    public SentryResponse<String> deleteProject(String projectSlug) {
        return projects.delete(projectSlug).runSync();
    }

    /** Lists a project's client keys (DSNs). */
    public Page<ClientKey> listClientKeys(String projectSlug) {
        return projects.keys(projectSlug).fetch(null);
    }

    /** Creates a client key (a DSN) for a project. A {@code POST}: never sent again once it may have reached Sentry. */
    public SentryResponse<ClientKey> createClientKey(String projectSlug, String name) {
        return projects.createKey(projectSlug, name).runSync();
    }

    /** Reads a client key by id (its public key). */
    public SentryResponse<ClientKey> getClientKey(String projectSlug, String keyId) {
        return projects.getKey(projectSlug, keyId).runSync();
    }

    /** Renames a client key, or turns it off or on. */
    public SentryResponse<ClientKey> updateClientKey(UpdateClientKeyInput input) {
        return projects.updateKey(input).runSync();
    }

    /** Deletes a client key: events sent with its DSN are refused from then on. */
    public SentryResponse<String> deleteClientKey(String projectSlug, String keyId) {
        return projects.deleteKey(projectSlug, keyId).runSync();
    }

    /** Lists a project's environments; hidden ones too when {@code includeHidden}. */
    public SentryResponse<List<Environment>> listProjectEnvironments(String projectSlug, boolean includeHidden) {
        return projects.environments(projectSlug, includeHidden).runSync();
    }

    /** Lists the members with access to a project. */
    public Page<Member> listProjectMembers(String projectSlug) {
        return projects.members(projectSlug).fetch(null);
    }

    /** Lists the teams the token's user belongs to. */
    public SentryResponse<List<Team>> listUserTeams() {
        return teams.userTeams().runSync();
    }

    /** Lists the teams with access to a project. */
    public Page<Team> listProjectTeams(String projectSlug) {
        return teams.projectTeams(projectSlug).fetch(null);
    }

    /**
     * Adds a member (by member id) to a team; when the organization requires an approval, Sentry answers 202 and the
     * message says so.
     */
    public SentryResponse<Team> addMemberToTeam(String memberId, String teamSlug) {
        return teams.addMember(memberId, teamSlug).runSync();
    }

    /** Takes a member (by member id) off a team. */
    public SentryResponse<Team> removeMemberFromTeam(String memberId, String teamSlug) {
        return teams.removeMember(memberId, teamSlug).runSync();
    }

    /** Lists the commits Sentry recorded for a connected repository (its id from listRepositories). */
    public Page<Commit> listRepositoryCommits(String repositoryId) {
        return organization.repositoryCommits(repositoryId).fetch(null);
    }

    /**
     * Invites someone to the organization by e-mail with an organization role (member, admin, manager, owner or
     * billing). A POST: never sent again once it may have reached Sentry.
     */
    public SentryResponse<Member> inviteMember(String email, String orgRole) {
        return organization.invite(email, orgRole).runSync();
    }

    /** Changes a member's organization role. */
    public SentryResponse<Member> updateMemberRole(String memberId, String orgRole) {
        return organization.updateRole(memberId, orgRole).runSync();
    }

    /** Removes a member from the organization. */
    public SentryResponse<String> removeMember(String memberId) {
        return organization.remove(memberId).runSync();
    }

    /** Reads one tag of an issue's events: how many events carry it, and its top values. */
    public SentryResponse<IssueTag> getIssueTag(String issueId, String key) {
        return tags.getIssueTag(issueId, key).runSync();
    }

    /** Lists a project's releases, newest first. */
    public Page<Release> listProjectReleases(String projectSlug) {
        return releases.projectReleases(projectSlug).fetch(null);
    }

    /** Lists the commits of a release in one project. */
    public Page<Commit> listProjectReleaseCommits(String projectSlug, String version) {
        return releases.projectCommits(projectSlug, version).fetch(null);
    }

    /** Reads one environment of a project, with whether it is hidden. */
    public SentryResponse<Environment> getProjectEnvironment(String projectSlug, String name) {
        return projects.environment(projectSlug, name).runSync();
    }

    /** Hides (or shows again) an environment of a project in Sentry's pickers. */
    public SentryResponse<Environment> setProjectEnvironmentHidden(String projectSlug, String name, boolean hidden) {
        return projects.hideEnvironment(projectSlug, name, hidden).runSync();
    }

    /** Lists a project's events, newest first. */
    public Page<Event> listProjectEvents(String projectSlug) {
        return projects.events(projectSlug).fetch(null);
    }

    /** Reads one event of a project by id. */
    public SentryResponse<Event> getProjectEvent(String projectSlug, String eventId) {
        return projects.event(projectSlug, eventId).runSync();
    }

    /** Lists the values of one tag across a project's events. */
    public Page<TagValue> listProjectTagValues(String projectSlug, String key) {
        return projects.tagValues(projectSlug, key).fetch(null);
    }

    /** Lists a project's issues matching a Sentry search ("" for every issue) on the project-scoped stream. */
    public Page<Issue> listProjectIssues(String projectSlug, String query) {
        return issues.listProject(projectSlug, query).fetch(null);
    }

    /** Deletes the issues of a project named by 1 to 1000 numeric ids; like bulkDeleteIssues, never without ids. */
    public SentryResponse<List<String>> bulkDeleteProjectIssues(String projectSlug, List<String> issueIds) {
        return issues.bulkDeleteInProject(projectSlug, issueIds).runSync();
    }

    /** Charts an event search over time: one series per y-axis function (and per group), values per interval. */
    public SentryResponse<EventTimeseries> eventTimeseries(EventTimeseriesInput input) {
        return explore.timeseries(input).runSync();
    }

    /** Reads a project's ownership rules: who owns which paths, URLs and tags. */
    public SentryResponse<ProjectOwnership> getProjectOwnership(String projectSlug) {
        return projects.ownership(projectSlug).runSync();
    }

    /**
     * Replaces a project's ownership rules (Sentry's rule syntax, one per line; "" for none) and says whether unmatched
     * issues go to everyone.
     */
    public SentryResponse<ProjectOwnership> updateProjectOwnership(String projectSlug, String rules,
            boolean fallthrough) {
        return projects.updateOwnership(projectSlug, rules, fallthrough).runSync();
    }

    /** Lists the users a project's events came from. */
    public Page<EventUser> listProjectUsers(String projectSlug) {
        return projects.users(projectSlug).fetch(null);
    }

    /** Lists the user feedback sent for a project's events. */
    public Page<UserFeedback> listUserFeedback(String projectSlug) {
        return projects.feedback(projectSlug).fetch(null);
    }

    /**
     * Sends user feedback about an event, as Sentry's feedback widget would. A POST: never sent again once it may have
     * reached Sentry.
     */
    public SentryResponse<UserFeedback> createUserFeedback(String projectSlug, String eventId, String name,
            String email, String comments) {
        return projects.sendFeedback(projectSlug, eventId, name, email, comments).runSync();
    }

    /** Lists the client keys (DSNs) of every project of the organization. */
    public Page<ClientKey> listOrganizationClientKeys() {
        return projects.organizationKeys().fetch(null);
    }

    /** Lists the files uploaded to a release (source maps, artifacts). */
    public Page<ReleaseFile> listReleaseFiles(String version) {
        return releases.files(version).fetch(null);
    }

    /** Reads the description of one file of a release. */
    public SentryResponse<ReleaseFile> getReleaseFile(String version, String fileId) {
        return releases.file(version, fileId).runSync();
    }

    /** Deletes a file of a release. */
    public SentryResponse<String> deleteReleaseFile(String version, String fileId) {
        return releases.deleteFile(version, fileId).runSync();
    }

    /** Lists a project's service hooks. */
    public Page<ServiceHook> listServiceHooks(String projectSlug) {
        return projects.hooks(projectSlug).fetch(null);
    }

    /**
     * Creates a service hook: Sentry posts to url for the events given (event.created, event.alert). A POST: never sent
     * again once it may have reached Sentry.
     */
    public SentryResponse<ServiceHook> createServiceHook(String projectSlug, String url, List<String> events) {
        return projects.createHook(projectSlug, url, events).runSync();
    }

    /** Reads a service hook. */
    public SentryResponse<ServiceHook> getServiceHook(String projectSlug, String hookId) {
        return projects.hook(projectSlug, hookId).runSync();
    }

    /** Changes a service hook's URL and events. */
    public SentryResponse<ServiceHook> updateServiceHook(String projectSlug, String hookId, String url,
            List<String> events) {
        return projects.updateHook(projectSlug, hookId, url, events).runSync();
    }

    /** Deletes a service hook. */
    public SentryResponse<String> deleteServiceHook(String projectSlug, String hookId) {
        return projects.deleteHook(projectSlug, hookId).runSync();
    }

    /** Lists a project's inbound data filters. */
    public SentryResponse<List<InboundFilter>> listInboundFilters(String projectSlug) {
        return projects.filters(projectSlug).runSync();
    }

    /** Turns one of a project's inbound data filters on or off, such as localhost or web-crawlers. */
    public SentryResponse<String> setInboundFilter(String projectSlug, String filterId, boolean active) {
        return projects.setFilter(projectSlug, filterId, active).runSync();
    }

    /** Hides or shows several environments of a project at once. */
    public SentryResponse<List<Environment>> setProjectEnvironmentsHidden(String projectSlug, List<String> names,
            boolean hidden) {
        return projects.hideEnvironments(projectSlug, names, hidden).runSync();
    }

    /** Changes a member's role in a team: contributor or admin. */
    public SentryResponse<String> updateTeamRole(String memberId, String teamSlug, String role) {
        return teams.setRole(memberId, teamSlug, role).runSync();
    }

    /** Renames a file of a release. */
    public SentryResponse<ReleaseFile> updateReleaseFile(String version, String fileId, String name) {
        return releases.renameFile(version, fileId, name).runSync();
    }

    /** Lists the files of a release of one project. */
    public Page<ReleaseFile> listProjectReleaseFiles(String projectSlug, String version) {
        return releases.projectFiles(projectSlug, version).fetch(null);
    }

    /** Reads one file of a release of one project. */
    public SentryResponse<ReleaseFile> getProjectReleaseFile(String projectSlug, String version, String fileId) {
        return releases.projectFile(projectSlug, version, fileId).runSync();
    }

    /** Renames a file of a release of one project. */
    public SentryResponse<ReleaseFile> updateProjectReleaseFile(String projectSlug, String version, String fileId,
            String name) {
        return releases.renameProjectFile(projectSlug, version, fileId, name).runSync();
    }

    /** Deletes a file of a release of one project. */
    public SentryResponse<String> deleteProjectReleaseFile(String projectSlug, String version, String fileId) {
        return releases.deleteProjectFile(projectSlug, version, fileId).runSync();
    }

    /** Lists the models Seer uses. */
    public SentryResponse<List<String>> listSeerModels() {
        return seer.models().runSync();
    }

    /** Turns spike protection on for projects (their slugs, or $all). */
    public SentryResponse<List<String>> enableSpikeProtection(List<String> projectSlugs) {
        return projects.spikeProtection(projectSlugs, true).runSync();
    }

    /** Turns spike protection off for projects (their slugs, or $all). */
    public SentryResponse<List<String>> disableSpikeProtection(List<String> projectSlugs) {
        return projects.spikeProtection(projectSlugs, false).runSync();
    }

    /**
     * Sums the organization's usage of one category (error, transaction, attachment, replays, profiles) by project over
     * a period such as 30d.
     */
    public SentryResponse<StatsSummary> getStatsSummary(String category, String statsPeriod) {
        return projects.statsSummary(category, statsPeriod).runSync();
    }

    /**
     * Queries release health: session fields such as sum(session), grouped (such as by session.status), over a period
     * in intervals such as 1h.
     */
    public SentryResponse<SessionsResult> querySessions(List<String> fields, List<String> groupBy, String statsPeriod,
            String interval) {
        return projects.sessions(fields, groupBy, statsPeriod, interval).runSync();
    }

    /**
     * Like {@link #bulkUpdateIssues(BulkUpdateIssuesInput)} on the project-scoped route
     * ({@code PUT /api/0/projects/{org}/{project}/issues/}): the ids are looked up in that project first, and an id
     * that names no issue there is reported as unmatched and left alone.
     */
    public SentryResponse<BulkUpdateResult> bulkUpdateProjectIssues(String projectSlug, BulkUpdateIssuesInput input) {
        return issues.bulkUpdateInProject(projectSlug, input).runSync();
    }

    /**
     * Searches events with Sentry's Explore and Discover query ({@code GET .../events/}): the fields asked for in
     * one dataset, as typed rows with each field's type and unit; pass {@link EventSearchResult#nextCursor()} back
     * for the next page.
     */
    public SentryResponse<EventSearchResult> searchEvents(SearchEventsInput input) {
        return explore.search(input).runSync();
    }

    /** Counts what a trace holds: spans (by operation), errors, performance issues and logs. */
    public SentryResponse<TraceMeta> getTraceMeta(GetTraceInput input) {
        return explore.traceMeta(input).runSync();
    }

    /** Reads a trace: its root spans with their children, errors and performance issues. */
    public SentryResponse<List<TraceItem>> getTrace(GetTraceInput input) {
        return explore.trace(input).runSync();
    }

    /**
     * Reads the state of Seer's autofix on an issue: empty when no run was started.
     *
     * @throws IllegalArgumentException if {@code issueId} is not an issue id
     */
    public SentryResponse<Optional<AutofixState>> getAutofix(String issueId) {
        return seer.get(issueId).runSync();
    }

    /**
     * Starts a Seer autofix run on an issue, which Seer works on asynchronously (read it with
     * {@link #getAutofix(String)}). A {@code POST}: never sent again once it may have reached Sentry.
     */
    public SentryResponse<AutofixRun> startAutofix(StartAutofixInput input) {
        return seer.start(input).runSync();
    }

    /**
     * Sends a request to any route of Sentry's API, for what has no typed operation yet, such as
     * {@code GET organizations/{org}/releases/}. It is checked when built (nothing is sent for a bad path), goes
     * only to the configured host, is paced to its route's rate limit, and is retried by the same rules as the
     * typed operations: a {@code POST} is never sent again once it may have reached Sentry. Errors are the same
     * typed exceptions.
     *
     * @return Sentry's JSON answer; a {@code MissingNode} for an answer without a body (such as a 204)
     */
    public SentryResponse<JsonNode> request(SentryRequest request) {
        return requests.request(request).runSync();
    }

    /**
     * Lists any route of Sentry's API that pages with cursors (a {@code GET} answering a JSON array), such as
     * {@code organizations/{org}/releases/}: the first page, from which {@link Page#nextPage()} and
     * {@link Page#autoPaging()} read on as for the typed lists.
     *
     * @throws IllegalArgumentException if the request is not a {@code GET}
     */
    public Page<JsonNode> requestPages(SentryRequest request) {
        return requests.pages(request).fetch(null);
    }

    /**
     * Like {@link #request(SentryRequest)}, reading Sentry's answer as {@code type}, such as one of the model's types
     * or a record of your own.
     *
     * @throws io.github.sentryclient.error.SentryResponseException if the answer is not a {@code type} (with its
     *     status: Sentry did answer)
     */
    public <T> SentryResponse<T> request(SentryRequest request, Class<T> type) {
        return requests.request(request, type).runSync();
    }

    /** Like {@link #requestPages(SentryRequest)}, reading each item as {@code type}. */
    public <T> Page<T> requestPages(SentryRequest request, Class<T> type) {
        return requests.pages(request, type).fetch(null);
    }

    /**
     * Releases the client's threads and connections; a caller's own {@link OkHttpClient} stays open. Calls after
     * closing fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        resources.client().close();
        http.close();
    }

    @Override
    public String toString() {
        return "SentryClient{baseUrl=" + config.apiUrl() + ", org=" + config.orgSlug() + "}";
    }

    /**
     * Builds a {@link SentryClient}: the one place where its settings are set. Only the auth token and the
     * organization are required; {@link #fromEnv()} reads them, as sentry-cli does, from the environment.
     */
    public static final class Builder {

        private final ImmutableSentryClientConfig.Builder config = ImmutableSentryClientConfig.builder();
        private Integer maxRetries;
        private OkHttpClient okHttpClient;
        private Logbook logbook;
        private Timing timing = Timing.system();
        private ClientEvents events = ClientEvents.NONE;
        private boolean discoverRegion;

        private Builder() {
        }

        /** Replaces the clocks and waiting of retries, for tests. */
        Builder timing(Timing timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** Starts from all the settings in {@code config}, such as another client's {@link SentryClient#config()}. */
        public Builder config(SentryClientConfig config) {
            this.config.from(config);
            return this;
        }

        /**
         * Reads the settings from the environment variables sentry-cli uses: {@code SENTRY_AUTH_TOKEN},
         * {@code SENTRY_ORG}, {@code SENTRY_PROJECT} (optional) and {@code SENTRY_URL} (optional).
         *
         * @throws IllegalArgumentException naming the variable that is missing
         */
        public Builder fromEnv() {
            return fromEnv(System.getenv());
        }

        /** Reads the settings from {@code environment}, a map of variables as {@link #fromEnv()} describes. */
        public Builder fromEnv(Map<String, String> environment) {
            authToken(required(environment, "SENTRY_AUTH_TOKEN"));
            orgSlug(required(environment, "SENTRY_ORG"));
            optional(environment, "SENTRY_PROJECT").ifPresent(this::projectSlug);
            optional(environment, "SENTRY_URL").ifPresent(this::baseUrl);
            return this;
        }

        /** The auth token (required). */
        public Builder authToken(String authToken) {
            config.authToken(authToken);
            return this;
        }

        /** The organization's slug (required). */
        public Builder orgSlug(String orgSlug) {
            config.orgSlug(orgSlug);
            return this;
        }

        /** The default project's slug. */
        public Builder projectSlug(String projectSlug) {
            config.projectSlug(projectSlug);
            return this;
        }

        /** Where Sentry is; {@code https://sentry.io} by default. */
        public Builder baseUrl(String baseUrl) {
            config.baseUrl(baseUrl);
            return this;
        }

        /** Uses a Sentry SaaS data region's host as the base URL, such as {@code https://de.sentry.io}. */
        public Builder region(SentryRegion region) {
            config.baseUrl(Objects.requireNonNull(region, "region").baseUrl());
            return this;
        }

        /**
         * Asks Sentry, when the client is built, where the organization's data lives ({@code links.regionUrl} of
         * {@code GET /api/0/organizations/{org}/}) and uses that host from then on. Off by default; makes
         * {@link #build()} send one request and throw its typed exception when it fails. A Sentry that reports no
         * region (older self-hosted versions) keeps the configured base URL.
         */
        public Builder discoverRegion() {
            this.discoverRegion = true;
            return this;
        }

        /** How long to wait to connect; 10 s by default. */
        public Builder connectTimeout(Duration timeout) {
            config.connectTimeout(timeout);
            return this;
        }

        /**
         * How long to wait for each read or write; 30 s by default. Below the call timeout, a read that stalls fails
         * early and a {@code GET}, {@code PUT} or {@code DELETE} is retried within the call's deadline. At or above
         * the call timeout, a stall is caught by the call timeout alone, without a retry, but OkHttp's timeout thread
         * is no longer woken for every read and write: against a fast server that saves about 15% of the CPU per
         * call (see BENCHMARKS.md).
         */
        public Builder readTimeout(Duration timeout) {
            config.readTimeout(timeout);
            return this;
        }

        /** The overall deadline of one call, retries included; 60 s by default. */
        public Builder callTimeout(Duration timeout) {
            config.callTimeout(timeout);
            return this;
        }

        /**
         * How many times a failed call is retried, 0 to 10; 3 by default. Only what cannot duplicate a write is
         * retried: see {@link RetryPolicy}. Replaces the count of {@link #retryPolicy(RetryPolicy)}, whichever is
         * set first.
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * How failed calls are retried: {@link RetryPolicy#defaults()} unless set, {@link RetryPolicy#none()} to
         * never retry. A count set with {@link #maxRetries(int)} wins over the policy's.
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            config.retryPolicy(retryPolicy);
            return this;
        }

        /** The largest response body to read, in bytes; 16 MiB by default. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            config.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /** Appended to the {@code User-Agent} header, such as {@code my-service/1.2}. */
        public Builder userAgent(String userAgent) {
            config.userAgent(userAgent);
            return this;
        }

        /** Allows plain {@code http://} to hosts other than loopback; off by default. */
        public Builder allowInsecureHttp(boolean allow) {
            config.allowInsecureHttp(allow);
            return this;
        }

        /**
         * Shares a caller's OkHttp client (its connection pool and threads); the client adds its own interceptors
         * to a derived copy, with a dispatcher of its own that runs on the caller's threads without OkHttp's cap of
         * 5 calls per host, and leaves {@code okHttpClient} untouched.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Logs the HTTP exchanges with a caller's Logbook instead of the default one. The default masks the auth
         * token; a Logbook given here must do so itself (keep {@code HeaderFilters.authorization()}).
         */
        public Builder logbook(Logbook logbook) {
            this.logbook = Objects.requireNonNull(logbook, "logbook");
            return this;
        }

        /**
         * Records the client's metrics, such as {@code metrics(SentryClientMetrics.of(meterRegistry))}: see
         * {@link SentryClientMetrics} for the meters.
         */
        public Builder metrics(SentryClientMetrics metrics) {
            this.events = Objects.requireNonNull(metrics, "metrics").events();
            return this;
        }

        /**
         * Checks the settings and returns them without creating a client, for code that creates it later (such as
         * a dependency-injection module).
         *
         * @throws IllegalArgumentException naming the setting that is missing or invalid
         */
        public SentryClientConfig buildConfig() {
            SentryClientConfig built = config.build();
            if (maxRetries == null) {
                return built;
            }
            RetryPolicy policy = RetryPolicy.builder().from(built.retryPolicy()).maxRetries(maxRetries).build();
            return ImmutableSentryClientConfig.builder().from(built).retryPolicy(policy).build();
        }

        /**
         * Creates the client.
         *
         * @throws IllegalArgumentException naming the setting that is missing or invalid
         */
        public SentryClient build() {
            SentryClientConfig built = buildConfig();
            if (discoverRegion) {
                built = RegionDiscovery.discover(built, okHttpClient, logbook);
            }
            return new SentryClient(built, okHttpClient, logbook, timing, events);
        }

        private static String required(Map<String, String> environment, String name) {
            return optional(environment, name).orElseThrow(() -> new IllegalArgumentException(
                    "environment variable " + name + " is not set"));
        }

        private static Optional<String> optional(Map<String, String> environment, String name) {
            return Optional.ofNullable(environment.get(name)).map(String::trim).filter(value -> !value.isEmpty());
        }
    }
}
