package io.github.sentryclient.internal.api;

import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.AutofixRun;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.Deploy;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.EventTimeseries;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseFile;
import io.github.sentryclient.model.Repository;
import io.github.sentryclient.model.SessionsResult;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.StatsSummary;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.model.TraceMeta;
import java.util.List;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Sentry's organization-scoped routes, relative to {@code <base>/api/0/organizations/<org>/}: the organization is
 * part of the base URL, as one client works for one organization. Every path ends with a slash, as Sentry's
 * routes require, and every path parameter is encoded by Retrofit.
 */
public interface SentryApi {

    /** Reads an issue. */
    @GET("issues/{issueId}/")
    SentryCall<Issue> getIssue(@Path("issueId") String issueId);

    /** Changes the given fields of an issue and returns the whole updated issue. */
    @PUT("issues/{issueId}/")
    SentryCall<Issue> updateIssue(@Path("issueId") String issueId, @Body Map<String, Object> changes);

    /** Posts a comment ({@code {"text": ...}}) on an issue. */
    @POST("issues/{issueId}/comments/")
    SentryCall<Comment> addComment(@Path("issueId") String issueId, @Body Map<String, Object> comment);

    /** Lists an issue's comments, newest first, one page at a time. */
    @GET("issues/{issueId}/comments/")
    SentryCall<List<Comment>> listComments(@Path("issueId") String issueId, @Query("cursor") String cursor);

    /** Lists the values of one tag on an issue's events, one page at a time. */
    @GET("issues/{issueId}/tags/{key}/values/")
    SentryCall<List<TagValue>> listTagValues(@Path("issueId") String issueId,
            @Path("key") String key, @Query("cursor") String cursor);

    /**
     * Searches the organization's issues, one page at a time. {@code query} is always sent: empty means all issues.
     * Null parameters are left out; lists become repeated parameters.
     */
    @GET("issues/")
    SentryCall<List<Issue>> listIssues(@Query("query") String query,
            @Query("project") List<String> projects, @Query("environment") List<String> environments,
            @Query("statsPeriod") String statsPeriod, @Query("start") String start, @Query("end") String end,
            @Query("sort") String sort, @Query("limit") Integer limit, @Query("cursor") String cursor);

    /**
     * The issues among {@code ids} that the token can see, in every project ({@code project=-1}): Sentry's
     * {@code group} parameter names issues exactly, whatever the query.
     */
    @GET("issues/")
    SentryCall<List<Issue>> findIssues(@Query("query") String query, @Query("group") List<String> ids,
            @Query("project") String project, @Query("limit") Integer limit);

    /**
     * Applies the same changes to the issues named by {@code ids} in {@code project}; 204 when none matched (and
     * then Sentry may run the request's search instead, so only ids just found are ever sent).
     */
    @PUT("issues/")
    SentryCall<BulkUpdateResult> bulkUpdateIssues(@Query("id") List<String> ids, @Query("project") String project,
            @Body Map<String, Object> changes);

    /** Deletes the issues named by {@code ids}; never call it with an empty list. */
    @DELETE("issues/")
    SentryCall<Void> bulkDeleteIssues(@Query("id") List<String> ids);

    /** Queues an issue for deletion (202). */
    @DELETE("issues/{issueId}/")
    SentryCall<Void> deleteIssue(@Path("issueId") String issueId);

    /** Changes the text of a comment. */
    @PUT("issues/{issueId}/comments/{commentId}/")
    SentryCall<Comment> updateComment(@Path("issueId") String issueId,
            @Path("commentId") String commentId, @Body Map<String, Object> comment);

    /** Deletes a comment (204). */
    @DELETE("issues/{issueId}/comments/{commentId}/")
    SentryCall<Void> deleteComment(@Path("issueId") String issueId, @Path("commentId") String commentId);

    /** Lists the tag keys of an issue's events with their top values. */
    @GET("issues/{issueId}/tags/")
    SentryCall<List<IssueTag>> listIssueTags(@Path("issueId") String issueId);

    /** Lists an issue's events, one page at a time. */
    @GET("issues/{issueId}/events/")
    SentryCall<List<Event>> listIssueEvents(@Path("issueId") String issueId,
            @Query("full") Boolean full, @Query("environment") List<String> environments,
            @Query("statsPeriod") String statsPeriod, @Query("start") String start, @Query("end") String end,
            @Query("query") String query, @Query("cursor") String cursor);

    /** Reads one event of an issue: {@code latest}, {@code oldest}, {@code recommended} or an event id. */
    @GET("issues/{issueId}/events/{eventId}/")
    SentryCall<Event> getIssueEvent(@Path("issueId") String issueId, @Path("eventId") String eventId);

    /** Lists the fingerprint hashes grouped into an issue, one page at a time. */
    @GET("issues/{issueId}/hashes/")
    SentryCall<List<IssueHash>> listIssueHashes(@Path("issueId") String issueId, @Query("cursor") String cursor);

    /** Resolves a short id such as {@code PROJ-1A} to its issue. */
    @GET("shortids/{shortId}/")
    SentryCall<ShortIdResolution> resolveShortId(@Path("shortId") String shortId);

    /** Lists the organization's projects, one page at a time. */
    @GET("projects/")
    SentryCall<List<Project>> listProjects(@Query("cursor") String cursor);

    /** Lists the organization's members, one page at a time, optionally filtered by a query such as {@code email:x}. */
    @GET("members/")
    SentryCall<List<Member>> listMembers(@Query("query") String query, @Query("cursor") String cursor);

    /** Reads the organization, including its region URL. */
    @GET("./")
    SentryCall<Organization> getOrganization();

    /** Lists the organization's releases, newest first, one page at a time. */
    @GET("releases/")
    SentryCall<List<Release>> listReleases(@Query("query") String query, @Query("project") List<String> projects,
            @Query("environment") List<String> environments, @Query("cursor") String cursor);

    /** Reads one release. */
    @GET("releases/{version}/")
    SentryCall<Release> getRelease(@Path("version") String version);

    /** Creates a release (201; 208 when it exists already with the same projects). */
    @POST("releases/")
    SentryCall<Release> createRelease(@Body Map<String, Object> release);

    /** Changes the given fields of a release. */
    @PUT("releases/{version}/")
    SentryCall<Release> updateRelease(@Path("version") String version, @Body Map<String, Object> changes);

    /** Deletes a release (204); Sentry refuses one that has issues or files. */
    @DELETE("releases/{version}/")
    SentryCall<Void> deleteRelease(@Path("version") String version);

    /** Lists a release's deploys, one page at a time. */
    @GET("releases/{version}/deploys/")
    SentryCall<List<Deploy>> listDeploys(@Path("version") String version, @Query("cursor") String cursor);

    /** Records a deploy of a release (201). */
    @POST("releases/{version}/deploys/")
    SentryCall<Deploy> createDeploy(@Path("version") String version, @Body Map<String, Object> deploy);

    /** Lists a release's commits, one page at a time. */
    @GET("releases/{version}/commits/")
    SentryCall<List<Commit>> listReleaseCommits(@Path("version") String version, @Query("cursor") String cursor);

    /** Lists the files changed by a release's commits, one page at a time. */
    @GET("releases/{version}/commitfiles/")
    SentryCall<List<CommitFile>> listReleaseCommitFiles(@Path("version") String version,
            @Query("cursor") String cursor);

    /** Sentry's Explore and Discover query over one dataset, one page at a time. */
    @GET("events/")
    SentryCall<EventsBody> searchEvents(@Query("dataset") String dataset, @Query("field") List<String> fields,
            @Query("query") String query, @Query("sort") String sort, @Query("project") List<String> projects,
            @Query("environment") List<String> environments, @Query("statsPeriod") String statsPeriod,
            @Query("start") String start, @Query("end") String end, @Query("per_page") Integer perPage,
            @Query("cursor") String cursor);

    /** Counts what a trace holds. */
    @GET("trace-meta/{traceId}/")
    SentryCall<TraceMeta> getTraceMeta(@Path("traceId") String traceId, @Query("statsPeriod") String statsPeriod);

    /** Reads a trace: its root spans with their children, errors and occurrences. */
    @GET("trace/{traceId}/")
    SentryCall<List<TraceItem>> getTrace(@Path("traceId") String traceId, @Query("statsPeriod") String statsPeriod);

    /** Reads the state of Seer's autofix on an issue ({@code {"autofix": null}} before any run). */
    @GET("issues/{issueId}/autofix/")
    SentryCall<AutofixBody> getAutofix(@Path("issueId") String issueId);

    /** Starts an autofix run on an issue (202). */
    @POST("issues/{issueId}/autofix/")
    SentryCall<AutofixRun> startAutofix(@Path("issueId") String issueId, @Body Map<String, Object> run);

    /** Lists the organizations the token can see, one page at a time ({@code GET /api/0/organizations/}). */
    @GET("../")
    SentryCall<List<Organization>> listOrganizations(@Query("cursor") String cursor);

    /** Reads one member of the organization by member id. */
    @GET("members/{memberId}/")
    SentryCall<Member> getMember(@Path("memberId") String memberId);

    /** Finds the project, issue and event of an event id. */
    @GET("eventids/{eventId}/")
    SentryCall<EventIdResolution> resolveEventId(@Path("eventId") String eventId);

    /** Lists the organization's environments; {@code visibility} is {@code visible}, {@code hidden} or {@code all}. */
    @GET("environments/")
    SentryCall<List<Environment>> listEnvironments(@Query("visibility") String visibility);

    /** Lists the repositories connected to the organization, one page at a time. */
    @GET("repos/")
    SentryCall<List<Repository>> listRepositories(@Query("cursor") String cursor);

    /** Lists the organization's teams, one page at a time. */
    @GET("teams/")
    SentryCall<List<Team>> listTeams(@Query("cursor") String cursor);

    /** Creates a team (201; 409 when the slug is taken). */
    @POST("teams/")
    SentryCall<Team> createTeam(@Body Map<String, Object> team);

    /** Lists the teams the token's user belongs to. */
    @GET("user-teams/")
    SentryCall<List<Team>> listUserTeams();

    /** Lists the commits Sentry recorded for a repository, one page at a time. */
    @GET("repos/{repoId}/commits/")
    SentryCall<List<Commit>> listRepositoryCommits(@Path("repoId") String repoId, @Query("cursor") String cursor);

    /** Adds a member to a team (201; 202 when the organization requires an approval). */
    @POST("members/{memberId}/teams/{team}/")
    SentryCall<Team> addMemberToTeam(@Path("memberId") String memberId, @Path("team") String team);

    /** Takes a member off a team (200). */
    @DELETE("members/{memberId}/teams/{team}/")
    SentryCall<Team> removeMemberFromTeam(@Path("memberId") String memberId, @Path("team") String team);

    /** Invites someone to the organization by e-mail (201). */
    @POST("members/")
    SentryCall<Member> inviteMember(@Body Map<String, Object> invitation);

    /** Changes a member's organization role. */
    @PUT("members/{memberId}/")
    SentryCall<Member> updateMember(@Path("memberId") String memberId, @Body Map<String, Object> changes);

    /** Removes a member from the organization (204). */
    @DELETE("members/{memberId}/")
    SentryCall<Void> removeMember(@Path("memberId") String memberId);

    /** Reads one tag of an issue's events: its values' total and the top ones. */
    @GET("issues/{issueId}/tags/{key}/")
    SentryCall<IssueTag> getIssueTag(@Path("issueId") String issueId, @Path("key") String key);

    /** An event search over time: series of values per interval. */
    @GET("events-timeseries/")
    SentryCall<EventTimeseries> eventTimeseries(@Query("dataset") String dataset, @Query("yAxis") List<String> yAxis,
            @Query("query") String query, @Query("groupBy") List<String> groupBy, @Query("topEvents") Integer top,
            @Query("sort") String sort, @Query("project") List<String> projects,
            @Query("environment") List<String> environments, @Query("statsPeriod") String statsPeriod,
            @Query("start") String start, @Query("end") String end, @Query("interval") Long interval);

    /** Lists the client keys of every project of the organization, one page at a time. */
    @GET("project-keys/")
    SentryCall<List<ClientKey>> listOrganizationClientKeys(@Query("cursor") String cursor);

    /** Lists the files uploaded to a release, one page at a time. */
    @GET("releases/{version}/files/")
    SentryCall<List<ReleaseFile>> listReleaseFiles(@Path("version") String version, @Query("cursor") String cursor);

    /** Reads one file of a release (its description, not its content). */
    @GET("releases/{version}/files/{fileId}/")
    SentryCall<ReleaseFile> getReleaseFile(@Path("version") String version, @Path("fileId") String fileId);

    /** Deletes a file of a release (204). */
    @DELETE("releases/{version}/files/{fileId}/")
    SentryCall<Void> deleteReleaseFile(@Path("version") String version, @Path("fileId") String fileId);

    /** Changes a member's role in a team. */
    @PUT("members/{memberId}/teams/{team}/")
    SentryCall<TeamRoleBody> updateTeamRole(@Path("memberId") String memberId, @Path("team") String team,
            @Body Map<String, Object> role);

    /** Renames a file of a release. */
    @PUT("releases/{version}/files/{fileId}/")
    SentryCall<ReleaseFile> updateReleaseFile(@Path("version") String version, @Path("fileId") String fileId,
            @Body Map<String, Object> changes);

    /** Turns spike protection on for projects ({@code $all} for every one) (201). */
    @POST("spike-protections/")
    SentryCall<Void> enableSpikeProtection(@Body Map<String, Object> projects);

    /** Turns spike protection off for projects (200). */
    @HTTP(method = "DELETE", path = "spike-protections/", hasBody = true)
    SentryCall<Void> disableSpikeProtection(@Body Map<String, Object> projects);

    /** Sums the organization's usage by project over a period. */
    @GET("stats-summary/")
    SentryCall<StatsSummary> statsSummary(@Query("field") String field, @Query("statsPeriod") String statsPeriod,
            @Query("category") String category, @Query("project") List<String> projects);

    /** Release health: session counts over a period, grouped and in intervals. */
    @GET("sessions/")
    SentryCall<SessionsResult> querySessions(@Query("field") List<String> fields,
            @Query("groupBy") List<String> groupBy, @Query("statsPeriod") String statsPeriod,
            @Query("interval") String interval, @Query("query") String query);
}
