package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The operations of {@link SentryClient} as futures, from {@link SentryClient#async()}. A failed future holds the
 * same typed exception the sync call would throw. Futures complete on the HTTP client's threads: do not block in
 * their callbacks.
 */
public final class SentryAsyncClient {

    private final ClientApi client;
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

    SentryAsyncClient(Resources resources) {
        this.client = resources.client();
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
    }

    /** See {@link SentryClient#addComment(AddCommentInput)}. */
    public CompletableFuture<SentryResponse<Comment>> addComment(AddCommentInput input) {
        return comments.add(input).runAsync();
    }

    /** See {@link SentryClient#updateIssueStatus(UpdateIssueStatusInput)}. */
    public CompletableFuture<SentryResponse<Issue>> updateIssueStatus(UpdateIssueStatusInput input) {
        return issues.updateStatus(input).runAsync();
    }

    /** See {@link SentryClient#getIssue(GetIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> getIssue(GetIssueInput input) {
        return issues.get(input).runAsync();
    }

    /** See {@link SentryClient#assignIssue(AssignIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> assignIssue(AssignIssueInput input) {
        return issues.assign(input).runAsync();
    }

    /** See {@link SentryClient#addTag(AddTagInput)}. */
    public CompletableFuture<SentryResponse<TagResult>> addTag(AddTagInput input) {
        return tags.addTag(input).runAsync();
    }

    /** See {@link SentryClient#listIssues(ListIssuesInput)}; the page's {@link Page#nextPageAsync()} goes on. */
    public CompletableFuture<Page<Issue>> listIssues(ListIssuesInput input) {
        return issues.list(input).fetchAsync(input.cursor().orElse(null));
    }

    /** See {@link SentryClient#updateIssue(UpdateIssueInput)}. */
    public CompletableFuture<SentryResponse<Issue>> updateIssue(UpdateIssueInput input) {
        return issues.update(input).runAsync();
    }

    /** See {@link SentryClient#archiveIssue(String)}. */
    public CompletableFuture<SentryResponse<Issue>> archiveIssue(String issueId) {
        return issues.archive(issueId, IssueSubstatus.ARCHIVED_FOREVER).runAsync();
    }

    /** See {@link SentryClient#archiveIssueUntilEscalating(String)}. */
    public CompletableFuture<SentryResponse<Issue>> archiveIssueUntilEscalating(String issueId) {
        return issues.archive(issueId, IssueSubstatus.ARCHIVED_UNTIL_ESCALATING).runAsync();
    }

    /** See {@link SentryClient#unassignIssue(String)}. */
    public CompletableFuture<SentryResponse<Issue>> unassignIssue(String issueId) {
        return issues.unassign(issueId).runAsync();
    }

    /** See {@link SentryClient#bulkUpdateIssues(BulkUpdateIssuesInput)}. */
    public CompletableFuture<SentryResponse<BulkUpdateResult>> bulkUpdateIssues(BulkUpdateIssuesInput input) {
        return issues.bulkUpdate(input).runAsync();
    }

    /** See {@link SentryClient#deleteIssue(String)}. */
    public CompletableFuture<SentryResponse<String>> deleteIssue(String issueId) {
        return issues.delete(issueId).runAsync();
    }

    /** See {@link SentryClient#bulkDeleteIssues(BulkDeleteIssuesInput)}. */
    public CompletableFuture<SentryResponse<List<String>>> bulkDeleteIssues(BulkDeleteIssuesInput input) {
        return issues.bulkDelete(input).runAsync();
    }

    /** See {@link SentryClient#listComments(String)}. */
    public CompletableFuture<Page<Comment>> listComments(String issueId) {
        return comments.list(issueId).fetchAsync(null);
    }

    /** See {@link SentryClient#updateComment(UpdateCommentInput)}. */
    public CompletableFuture<SentryResponse<Comment>> updateComment(UpdateCommentInput input) {
        return comments.update(input).runAsync();
    }

    /** See {@link SentryClient#deleteComment(DeleteCommentInput)}. */
    public CompletableFuture<SentryResponse<String>> deleteComment(DeleteCommentInput input) {
        return comments.delete(input).runAsync();
    }

    /** See {@link SentryClient#listIssueTags(String)}. */
    public CompletableFuture<SentryResponse<List<IssueTag>>> listIssueTags(String issueId) {
        return tags.listIssueTags(issueId).runAsync();
    }

    /** See {@link SentryClient#listTagValues(ListTagValuesInput)}. */
    public CompletableFuture<Page<TagValue>> listTagValues(ListTagValuesInput input) {
        return tags.listTagValues(input).fetchAsync(null);
    }

    /** See {@link SentryClient#listIssueEvents(ListIssueEventsInput)}. */
    public CompletableFuture<Page<Event>> listIssueEvents(ListIssueEventsInput input) {
        return events.list(input).fetchAsync(null);
    }

    /** See {@link SentryClient#getIssueEvent(GetIssueEventInput)}. */
    public CompletableFuture<SentryResponse<Event>> getIssueEvent(GetIssueEventInput input) {
        return events.get(input).runAsync();
    }

    /** See {@link SentryClient#listIssueHashes(String)}. */
    public CompletableFuture<Page<IssueHash>> listIssueHashes(String issueId) {
        return issues.listHashes(issueId).fetchAsync(null);
    }

    /** See {@link SentryClient#resolveShortId(String)}. */
    public CompletableFuture<SentryResponse<ShortIdResolution>> resolveShortId(String shortId) {
        return issues.resolveShortId(shortId).runAsync();
    }

    /** See {@link SentryClient#listProjects()}. */
    public CompletableFuture<Page<Project>> listProjects() {
        return organization.listProjects().fetchAsync(null);
    }

    /** See {@link SentryClient#listMembers()}. */
    public CompletableFuture<Page<Member>> listMembers() {
        return organization.listMembers().fetchAsync(null);
    }

    /** See {@link SentryClient#findMemberByEmail(String)}. */
    public CompletableFuture<SentryResponse<Optional<Member>>> findMemberByEmail(String email) {
        return organization.findMemberByEmail(email).runAsync();
    }

    /** See {@link SentryClient#getOrganization()}. */
    public CompletableFuture<SentryResponse<Organization>> getOrganization() {
        return organization.get().runAsync();
    }

    /** See {@link SentryClient#listOrganizations()}. */
    public CompletableFuture<Page<Organization>> listOrganizations() {
        return organization.listOrganizations().fetchAsync(null);
    }

    /** See {@link SentryClient#getMember(String)}. */
    public CompletableFuture<SentryResponse<Member>> getMember(String memberId) {
        return organization.getMember(memberId).runAsync();
    }

    /** See {@link SentryClient#resolveEventId(String)}. */
    public CompletableFuture<SentryResponse<EventIdResolution>> resolveEventId(String eventId) {
        return organization.resolveEventId(eventId).runAsync();
    }

    /** See {@link SentryClient#listEnvironments(boolean)}. */
    public CompletableFuture<SentryResponse<List<Environment>>> listEnvironments(boolean includeHidden) {
        return organization.listEnvironments(includeHidden).runAsync();
    }

    /** See {@link SentryClient#listRepositories()}. */
    public CompletableFuture<Page<Repository>> listRepositories() {
        return organization.listRepositories().fetchAsync(null);
    }

    /** See {@link SentryClient#listReleases(ListReleasesInput)}. */
    public CompletableFuture<Page<Release>> listReleases(ListReleasesInput input) {
        return releases.list(input).fetchAsync(null);
    }

    /** See {@link SentryClient#getRelease(String)}. */
    public CompletableFuture<SentryResponse<Release>> getRelease(String version) {
        return releases.get(version).runAsync();
    }

    /** See {@link SentryClient#createRelease(CreateReleaseInput)}. */
    public CompletableFuture<SentryResponse<Release>> createRelease(CreateReleaseInput input) {
        return releases.create(input).runAsync();
    }

    /** See {@link SentryClient#updateRelease(UpdateReleaseInput)}. */
    public CompletableFuture<SentryResponse<Release>> updateRelease(UpdateReleaseInput input) {
        return releases.update(input).runAsync();
    }

    /** See {@link SentryClient#deleteRelease(String)}. */
    public CompletableFuture<SentryResponse<String>> deleteRelease(String version) {
        return releases.delete(version).runAsync();
    }

    /** See {@link SentryClient#listDeploys(String)}. */
    public CompletableFuture<Page<Deploy>> listDeploys(String version) {
        return releases.deploys(version).fetchAsync(null);
    }

    /** See {@link SentryClient#createDeploy(CreateDeployInput)}. */
    public CompletableFuture<SentryResponse<Deploy>> createDeploy(CreateDeployInput input) {
        return releases.createDeploy(input).runAsync();
    }

    /** See {@link SentryClient#listReleaseCommits(String)}. */
    public CompletableFuture<Page<Commit>> listReleaseCommits(String version) {
        return releases.commits(version).fetchAsync(null);
    }

    /** See {@link SentryClient#listReleaseCommitFiles(String)}. */
    public CompletableFuture<Page<CommitFile>> listReleaseCommitFiles(String version) {
        return releases.commitFiles(version).fetchAsync(null);
    }

    /** See {@link SentryClient#listTeams()}. */
    public CompletableFuture<Page<Team>> listTeams() {
        return teams.list().fetchAsync(null);
    }

    /** See {@link SentryClient#createTeam(CreateTeamInput)}. */
    public CompletableFuture<SentryResponse<Team>> createTeam(CreateTeamInput input) {
        return teams.create(input).runAsync();
    }

    /** See {@link SentryClient#getTeam(String)}. */
    public CompletableFuture<SentryResponse<Team>> getTeam(String teamSlug) {
        return teams.get(teamSlug).runAsync();
    }

    /** See {@link SentryClient#updateTeam(UpdateTeamInput)}. */
    public CompletableFuture<SentryResponse<Team>> updateTeam(UpdateTeamInput input) {
        return teams.update(input).runAsync();
    }

    /** See {@link SentryClient#deleteTeam(String)}. */
    public CompletableFuture<SentryResponse<String>> deleteTeam(String teamSlug) {
        return teams.delete(teamSlug).runAsync();
    }

    /** See {@link SentryClient#listTeamMembers(String)}. */
    public CompletableFuture<Page<Member>> listTeamMembers(String teamSlug) {
        return teams.members(teamSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#listTeamProjects(String)}. */
    public CompletableFuture<Page<Project>> listTeamProjects(String teamSlug) {
        return teams.projects(teamSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#createProject(CreateProjectInput)}. */
    public CompletableFuture<SentryResponse<Project>> createProject(CreateProjectInput input) {
        return teams.createProject(input).runAsync();
    }

    /** See {@link SentryClient#addTeamToProject(String, String)}. */
    public CompletableFuture<SentryResponse<Project>> addTeamToProject(String projectSlug, String teamSlug) {
        return teams.addToProject(projectSlug, teamSlug).runAsync();
    }

    /** See {@link SentryClient#removeTeamFromProject(String, String)}. */
    public CompletableFuture<SentryResponse<Project>> removeTeamFromProject(String projectSlug, String teamSlug) {
        return teams.removeFromProject(projectSlug, teamSlug).runAsync();
    }

    /** See {@link SentryClient#getProject(String)}. */
    public CompletableFuture<SentryResponse<Project>> getProject(String projectSlug) {
        return projects.get(projectSlug).runAsync();
    }

    /** See {@link SentryClient#updateProject(UpdateProjectInput)}. */
    public CompletableFuture<SentryResponse<Project>> updateProject(UpdateProjectInput input) {
        return projects.update(input).runAsync();
    }

    /** See {@link SentryClient#deleteProject(String)}. */
    public CompletableFuture<SentryResponse<String>> deleteProject(String projectSlug) {
        return projects.delete(projectSlug).runAsync();
    }

    /** See {@link SentryClient#listClientKeys(String)}. */
    public CompletableFuture<Page<ClientKey>> listClientKeys(String projectSlug) {
        return projects.keys(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#createClientKey(String, String)}. */
    public CompletableFuture<SentryResponse<ClientKey>> createClientKey(String projectSlug, String name) {
        return projects.createKey(projectSlug, name).runAsync();
    }

    /** See {@link SentryClient#getClientKey(String, String)}. */
    public CompletableFuture<SentryResponse<ClientKey>> getClientKey(String projectSlug, String keyId) {
        return projects.getKey(projectSlug, keyId).runAsync();
    }

    /** See {@link SentryClient#updateClientKey(UpdateClientKeyInput)}. */
    public CompletableFuture<SentryResponse<ClientKey>> updateClientKey(UpdateClientKeyInput input) {
        return projects.updateKey(input).runAsync();
    }

    /** See {@link SentryClient#deleteClientKey(String, String)}. */
    public CompletableFuture<SentryResponse<String>> deleteClientKey(String projectSlug, String keyId) {
        return projects.deleteKey(projectSlug, keyId).runAsync();
    }

    /** See {@link SentryClient#listProjectEnvironments(String, boolean)}. */
    public CompletableFuture<SentryResponse<List<Environment>>> listProjectEnvironments(String projectSlug,
            boolean includeHidden) {
        return projects.environments(projectSlug, includeHidden).runAsync();
    }

    /** See {@link SentryClient#listProjectMembers(String)}. */
    public CompletableFuture<Page<Member>> listProjectMembers(String projectSlug) {
        return projects.members(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#listUserTeams()}. */
    public CompletableFuture<SentryResponse<List<Team>>> listUserTeams() {
        return teams.userTeams().runAsync();
    }

    /** See {@link SentryClient#listProjectTeams(String)}. */
    public CompletableFuture<Page<Team>> listProjectTeams(String projectSlug) {
        return teams.projectTeams(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#addMemberToTeam(String, String)}. */
    public CompletableFuture<SentryResponse<Team>> addMemberToTeam(String memberId, String teamSlug) {
        return teams.addMember(memberId, teamSlug).runAsync();
    }

    /** See {@link SentryClient#removeMemberFromTeam(String, String)}. */
    public CompletableFuture<SentryResponse<Team>> removeMemberFromTeam(String memberId, String teamSlug) {
        return teams.removeMember(memberId, teamSlug).runAsync();
    }

    /** See {@link SentryClient#listRepositoryCommits(String)}. */
    public CompletableFuture<Page<Commit>> listRepositoryCommits(String repositoryId) {
        return organization.repositoryCommits(repositoryId).fetchAsync(null);
    }

    /** See {@link SentryClient#inviteMember(String, String)}. */
    public CompletableFuture<SentryResponse<Member>> inviteMember(String email, String orgRole) {
        return organization.invite(email, orgRole).runAsync();
    }

    /** See {@link SentryClient#updateMemberRole(String, String)}. */
    public CompletableFuture<SentryResponse<Member>> updateMemberRole(String memberId, String orgRole) {
        return organization.updateRole(memberId, orgRole).runAsync();
    }

    /** See {@link SentryClient#removeMember(String)}. */
    public CompletableFuture<SentryResponse<String>> removeMember(String memberId) {
        return organization.remove(memberId).runAsync();
    }

    /** See {@link SentryClient#getIssueTag(String, String)}. */
    public CompletableFuture<SentryResponse<IssueTag>> getIssueTag(String issueId, String key) {
        return tags.getIssueTag(issueId, key).runAsync();
    }

    /** See {@link SentryClient#listProjectReleases(String)}. */
    public CompletableFuture<Page<Release>> listProjectReleases(String projectSlug) {
        return releases.projectReleases(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#listProjectReleaseCommits(String, String)}. */
    public CompletableFuture<Page<Commit>> listProjectReleaseCommits(String projectSlug, String version) {
        return releases.projectCommits(projectSlug, version).fetchAsync(null);
    }

    /** See {@link SentryClient#getProjectEnvironment(String, String)}. */
    public CompletableFuture<SentryResponse<Environment>> getProjectEnvironment(String projectSlug, String name) {
        return projects.environment(projectSlug, name).runAsync();
    }

    /** See {@link SentryClient#setProjectEnvironmentHidden(String, String, boolean)}. */
    public CompletableFuture<SentryResponse<Environment>> setProjectEnvironmentHidden(String projectSlug, String name,
            boolean hidden) {
        return projects.hideEnvironment(projectSlug, name, hidden).runAsync();
    }

    /** See {@link SentryClient#listProjectEvents(String)}. */
    public CompletableFuture<Page<Event>> listProjectEvents(String projectSlug) {
        return projects.events(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#getProjectEvent(String, String)}. */
    public CompletableFuture<SentryResponse<Event>> getProjectEvent(String projectSlug, String eventId) {
        return projects.event(projectSlug, eventId).runAsync();
    }

    /** See {@link SentryClient#listProjectTagValues(String, String)}. */
    public CompletableFuture<Page<TagValue>> listProjectTagValues(String projectSlug, String key) {
        return projects.tagValues(projectSlug, key).fetchAsync(null);
    }

    /** See {@link SentryClient#listProjectIssues(String, String)}. */
    public CompletableFuture<Page<Issue>> listProjectIssues(String projectSlug, String query) {
        return issues.listProject(projectSlug, query).fetchAsync(null);
    }

    /** See {@link SentryClient#bulkDeleteProjectIssues(String, List)}. */
    public CompletableFuture<SentryResponse<List<String>>> bulkDeleteProjectIssues(String projectSlug,
            List<String> issueIds) {
        return issues.bulkDeleteInProject(projectSlug, issueIds).runAsync();
    }

    /** See {@link SentryClient#eventTimeseries(EventTimeseriesInput)}. */
    public CompletableFuture<SentryResponse<EventTimeseries>> eventTimeseries(EventTimeseriesInput input) {
        return explore.timeseries(input).runAsync();
    }

    /** See {@link SentryClient#getProjectOwnership(String)}. */
    public CompletableFuture<SentryResponse<ProjectOwnership>> getProjectOwnership(String projectSlug) {
        return projects.ownership(projectSlug).runAsync();
    }

    /** See {@link SentryClient#updateProjectOwnership(String, String, boolean)}. */
    public CompletableFuture<SentryResponse<ProjectOwnership>> updateProjectOwnership(String projectSlug, String rules,
            boolean fallthrough) {
        return projects.updateOwnership(projectSlug, rules, fallthrough).runAsync();
    }

    /** See {@link SentryClient#listProjectUsers(String)}. */
    public CompletableFuture<Page<EventUser>> listProjectUsers(String projectSlug) {
        return projects.users(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#listUserFeedback(String)}. */
    public CompletableFuture<Page<UserFeedback>> listUserFeedback(String projectSlug) {
        return projects.feedback(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#createUserFeedback(String, String, String, String, String)}. */
    public CompletableFuture<SentryResponse<UserFeedback>> createUserFeedback(String projectSlug, String eventId,
            String name, String email, String comments) {
        return projects.sendFeedback(projectSlug, eventId, name, email, comments).runAsync();
    }

    /** See {@link SentryClient#listOrganizationClientKeys()}. */
    public CompletableFuture<Page<ClientKey>> listOrganizationClientKeys() {
        return projects.organizationKeys().fetchAsync(null);
    }

    /** See {@link SentryClient#listReleaseFiles(String)}. */
    public CompletableFuture<Page<ReleaseFile>> listReleaseFiles(String version) {
        return releases.files(version).fetchAsync(null);
    }

    /** See {@link SentryClient#getReleaseFile(String, String)}. */
    public CompletableFuture<SentryResponse<ReleaseFile>> getReleaseFile(String version, String fileId) {
        return releases.file(version, fileId).runAsync();
    }

    /** See {@link SentryClient#deleteReleaseFile(String, String)}. */
    public CompletableFuture<SentryResponse<String>> deleteReleaseFile(String version, String fileId) {
        return releases.deleteFile(version, fileId).runAsync();
    }

    /** See {@link SentryClient#listServiceHooks(String)}. */
    public CompletableFuture<Page<ServiceHook>> listServiceHooks(String projectSlug) {
        return projects.hooks(projectSlug).fetchAsync(null);
    }

    /** See {@link SentryClient#createServiceHook(String, String, List)}. */
    public CompletableFuture<SentryResponse<ServiceHook>> createServiceHook(String projectSlug, String url,
            List<String> events) {
        return projects.createHook(projectSlug, url, events).runAsync();
    }

    /** See {@link SentryClient#getServiceHook(String, String)}. */
    public CompletableFuture<SentryResponse<ServiceHook>> getServiceHook(String projectSlug, String hookId) {
        return projects.hook(projectSlug, hookId).runAsync();
    }

    /** See {@link SentryClient#updateServiceHook(String, String, String, List)}. */
    public CompletableFuture<SentryResponse<ServiceHook>> updateServiceHook(String projectSlug, String hookId,
            String url, List<String> events) {
        return projects.updateHook(projectSlug, hookId, url, events).runAsync();
    }

    /** See {@link SentryClient#deleteServiceHook(String, String)}. */
    public CompletableFuture<SentryResponse<String>> deleteServiceHook(String projectSlug, String hookId) {
        return projects.deleteHook(projectSlug, hookId).runAsync();
    }

    /** See {@link SentryClient#listInboundFilters(String)}. */
    public CompletableFuture<SentryResponse<List<InboundFilter>>> listInboundFilters(String projectSlug) {
        return projects.filters(projectSlug).runAsync();
    }

    /** See {@link SentryClient#setInboundFilter(String, String, boolean)}. */
    public CompletableFuture<SentryResponse<String>> setInboundFilter(String projectSlug, String filterId,
            boolean active) {
        return projects.setFilter(projectSlug, filterId, active).runAsync();
    }

    /** See {@link SentryClient#setProjectEnvironmentsHidden(String, List, boolean)}. */
    public CompletableFuture<SentryResponse<List<Environment>>> setProjectEnvironmentsHidden(String projectSlug,
            List<String> names, boolean hidden) {
        return projects.hideEnvironments(projectSlug, names, hidden).runAsync();
    }

    /** See {@link SentryClient#updateTeamRole(String, String, String)}. */
    public CompletableFuture<SentryResponse<String>> updateTeamRole(String memberId, String teamSlug, String role) {
        return teams.setRole(memberId, teamSlug, role).runAsync();
    }

    /** See {@link SentryClient#updateReleaseFile(String, String, String)}. */
    public CompletableFuture<SentryResponse<ReleaseFile>> updateReleaseFile(String version, String fileId,
            String name) {
        return releases.renameFile(version, fileId, name).runAsync();
    }

    /** See {@link SentryClient#listProjectReleaseFiles(String, String)}. */
    public CompletableFuture<Page<ReleaseFile>> listProjectReleaseFiles(String projectSlug, String version) {
        return releases.projectFiles(projectSlug, version).fetchAsync(null);
    }

    /** See {@link SentryClient#getProjectReleaseFile(String, String, String)}. */
    public CompletableFuture<SentryResponse<ReleaseFile>> getProjectReleaseFile(String projectSlug, String version,
            String fileId) {
        return releases.projectFile(projectSlug, version, fileId).runAsync();
    }

    /** See {@link SentryClient#updateProjectReleaseFile(String, String, String, String)}. */
    public CompletableFuture<SentryResponse<ReleaseFile>> updateProjectReleaseFile(String projectSlug, String version,
            String fileId, String name) {
        return releases.renameProjectFile(projectSlug, version, fileId, name).runAsync();
    }

    /** See {@link SentryClient#deleteProjectReleaseFile(String, String, String)}. */
    public CompletableFuture<SentryResponse<String>> deleteProjectReleaseFile(String projectSlug, String version,
            String fileId) {
        return releases.deleteProjectFile(projectSlug, version, fileId).runAsync();
    }

    /** See {@link SentryClient#listSeerModels()}. */
    public CompletableFuture<SentryResponse<List<String>>> listSeerModels() {
        return seer.models().runAsync();
    }

    /** See {@link SentryClient#enableSpikeProtection(List)}. */
    public CompletableFuture<SentryResponse<List<String>>> enableSpikeProtection(List<String> projectSlugs) {
        return projects.spikeProtection(projectSlugs, true).runAsync();
    }

    /** See {@link SentryClient#disableSpikeProtection(List)}. */
    public CompletableFuture<SentryResponse<List<String>>> disableSpikeProtection(List<String> projectSlugs) {
        return projects.spikeProtection(projectSlugs, false).runAsync();
    }

    /** See {@link SentryClient#getStatsSummary(String, String)}. */
    public CompletableFuture<SentryResponse<StatsSummary>> getStatsSummary(String category, String statsPeriod) {
        return projects.statsSummary(category, statsPeriod).runAsync();
    }

    /** See {@link SentryClient#querySessions(List, List, String, String)}. */
    public CompletableFuture<SentryResponse<SessionsResult>> querySessions(List<String> fields, List<String> groupBy,
            String statsPeriod, String interval) {
        return projects.sessions(fields, groupBy, statsPeriod, interval).runAsync();
    }

    /** See {@link SentryClient#bulkUpdateProjectIssues(String, BulkUpdateIssuesInput)}. */
    public CompletableFuture<SentryResponse<BulkUpdateResult>> bulkUpdateProjectIssues(String projectSlug,
            BulkUpdateIssuesInput input) {
        return issues.bulkUpdateInProject(projectSlug, input).runAsync();
    }

    /** See {@link SentryClient#searchEvents(SearchEventsInput)}. */
    public CompletableFuture<SentryResponse<EventSearchResult>> searchEvents(SearchEventsInput input) {
        return explore.search(input).runAsync();
    }

    /** See {@link SentryClient#getTraceMeta(GetTraceInput)}. */
    public CompletableFuture<SentryResponse<TraceMeta>> getTraceMeta(GetTraceInput input) {
        return explore.traceMeta(input).runAsync();
    }

    /** See {@link SentryClient#getTrace(GetTraceInput)}. */
    public CompletableFuture<SentryResponse<List<TraceItem>>> getTrace(GetTraceInput input) {
        return explore.trace(input).runAsync();
    }

    /** See {@link SentryClient#getAutofix(String)}. */
    public CompletableFuture<SentryResponse<Optional<AutofixState>>> getAutofix(String issueId) {
        return seer.get(issueId).runAsync();
    }

    /** See {@link SentryClient#startAutofix(StartAutofixInput)}. */
    public CompletableFuture<SentryResponse<AutofixRun>> startAutofix(StartAutofixInput input) {
        return seer.start(input).runAsync();
    }

    /** See {@link SentryClient#request(SentryRequest)}. */
    public CompletableFuture<SentryResponse<JsonNode>> request(SentryRequest request) {
        return requests.request(request).runAsync();
    }

    /** See {@link SentryClient#requestPages(SentryRequest)}. */
    public CompletableFuture<Page<JsonNode>> requestPages(SentryRequest request) {
        return requests.pages(request).fetchAsync(null);
    }

    @Override
    public String toString() {
        return "SentryAsyncClient{org=" + client.org() + "}";
    }

    /** See {@link SentryClient#request(SentryRequest, Class)}. */
    public <T> CompletableFuture<SentryResponse<T>> request(SentryRequest request, Class<T> type) {
        return requests.request(request, type).runAsync();
    }

    /** See {@link SentryClient#requestPages(SentryRequest, Class)}. */
    public <T> CompletableFuture<Page<T>> requestPages(SentryRequest request, Class<T> type) {
        return requests.pages(request, type).fetchAsync(null);
    }
}
