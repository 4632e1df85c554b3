package io.github.sentryclient.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventUser;
import io.github.sentryclient.model.InboundFilter;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ProjectOwnership;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseFile;
import io.github.sentryclient.model.ServiceHook;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.UserFeedback;
import java.util.List;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Sentry's routes outside the organization's prefix, relative to {@code <base>/api/0/}: a team
 * ({@code teams/<org>/<team>/}) and a project ({@code projects/<org>/<project>/}) with what hangs off them. The
 * organization is a path parameter here; every path ends with a slash and every parameter is encoded by Retrofit.
 */
public interface SentryRootApi {

    /** Reads a team. */
    @GET("teams/{org}/{team}/")
    SentryCall<Team> getTeam(@Path("org") String org, @Path("team") String team);

    /** Changes a team's slug or name ({@code slug} is always sent, as Sentry requires it). */
    @PUT("teams/{org}/{team}/")
    SentryCall<Team> updateTeam(@Path("org") String org, @Path("team") String team,
            @Body Map<String, Object> changes);

    /** Deletes a team (204). */
    @DELETE("teams/{org}/{team}/")
    SentryCall<Void> deleteTeam(@Path("org") String org, @Path("team") String team);

    /** Lists a team's members, one page at a time. */
    @GET("teams/{org}/{team}/members/")
    SentryCall<List<Member>> listTeamMembers(@Path("org") String org, @Path("team") String team,
            @Query("cursor") String cursor);

    /** Lists a team's projects, one page at a time. */
    @GET("teams/{org}/{team}/projects/")
    SentryCall<List<Project>> listTeamProjects(@Path("org") String org, @Path("team") String team,
            @Query("cursor") String cursor);

    /** Creates a project owned by a team (201; 409 when the slug is taken). */
    @POST("teams/{org}/{team}/projects/")
    SentryCall<Project> createProject(@Path("org") String org, @Path("team") String team,
            @Body Map<String, Object> project);

    /** Gives a team access to a project (201). */
    @POST("projects/{org}/{project}/teams/{team}/")
    SentryCall<Project> addTeamToProject(@Path("org") String org, @Path("project") String project,
            @Path("team") String team);

    /** Takes a team's access to a project away (200). */
    @DELETE("projects/{org}/{project}/teams/{team}/")
    SentryCall<Project> removeTeamFromProject(@Path("org") String org, @Path("project") String project,
            @Path("team") String team);

    /** Reads a project. */
    @GET("projects/{org}/{project}/")
    SentryCall<Project> getProject(@Path("org") String org, @Path("project") String project);

    /** Changes the given settings of a project. */
    @PUT("projects/{org}/{project}/")
    SentryCall<Project> updateProject(@Path("org") String org, @Path("project") String project,
            @Body Map<String, Object> changes);

    /** Schedules a project for deletion (204). */
    @DELETE("projects/{org}/{project}/")
    SentryCall<Void> deleteProject(@Path("org") String org, @Path("project") String project);

    /** Lists a project's client keys, one page at a time. */
    @GET("projects/{org}/{project}/keys/")
    SentryCall<List<ClientKey>> listClientKeys(@Path("org") String org, @Path("project") String project,
            @Query("cursor") String cursor);

    /** Creates a client key (201). */
    @POST("projects/{org}/{project}/keys/")
    SentryCall<ClientKey> createClientKey(@Path("org") String org, @Path("project") String project,
            @Body Map<String, Object> key);

    /** Reads a client key. */
    @GET("projects/{org}/{project}/keys/{keyId}/")
    SentryCall<ClientKey> getClientKey(@Path("org") String org, @Path("project") String project,
            @Path("keyId") String keyId);

    /** Renames a client key or turns it off or on. */
    @PUT("projects/{org}/{project}/keys/{keyId}/")
    SentryCall<ClientKey> updateClientKey(@Path("org") String org, @Path("project") String project,
            @Path("keyId") String keyId, @Body Map<String, Object> changes);

    /** Deletes a client key (204): events sent with it are refused from then on. */
    @DELETE("projects/{org}/{project}/keys/{keyId}/")
    SentryCall<Void> deleteClientKey(@Path("org") String org, @Path("project") String project,
            @Path("keyId") String keyId);

    /** Lists a project's environments. */
    @GET("projects/{org}/{project}/environments/")
    SentryCall<List<Environment>> listProjectEnvironments(@Path("org") String org,
            @Path("project") String project, @Query("visibility") String visibility);

    /** Lists the members with access to a project, one page at a time. */
    @GET("projects/{org}/{project}/members/")
    SentryCall<List<Member>> listProjectMembers(@Path("org") String org, @Path("project") String project,
            @Query("cursor") String cursor);

    /** Lists the teams with access to a project, one page at a time. */
    @GET("projects/{org}/{project}/teams/")
    SentryCall<List<Team>> listProjectTeams(@Path("org") String org, @Path("project") String project,
            @Query("cursor") String cursor);

    /** Lists a project's releases, newest first, one page at a time. */
    @GET("projects/{org}/{project}/releases/")
    SentryCall<List<Release>> listProjectReleases(@Path("org") String org, @Path("project") String project,
            @Query("query") String query, @Query("cursor") String cursor);

    /** Lists the commits of a release in a project, one page at a time. */
    @GET("projects/{org}/{project}/releases/{version}/commits/")
    SentryCall<List<Commit>> listProjectReleaseCommits(@Path("org") String org, @Path("project") String project,
            @Path("version") String version, @Query("cursor") String cursor);

    /** Reads one environment of a project. */
    @GET("projects/{org}/{project}/environments/{environment}/")
    SentryCall<Environment> getProjectEnvironment(@Path("org") String org, @Path("project") String project,
            @Path("environment") String environment);

    /** Hides or shows an environment of a project. */
    @PUT("projects/{org}/{project}/environments/{environment}/")
    SentryCall<Environment> updateProjectEnvironment(@Path("org") String org, @Path("project") String project,
            @Path("environment") String environment, @Body Map<String, Object> changes);

    /** Lists a project's events, newest first, one page at a time. */
    @GET("projects/{org}/{project}/events/")
    SentryCall<List<Event>> listProjectEvents(@Path("org") String org, @Path("project") String project,
            @Query("statsPeriod") String statsPeriod, @Query("full") Boolean full, @Query("cursor") String cursor);

    /** Reads one event of a project by id. */
    @GET("projects/{org}/{project}/events/{eventId}/")
    SentryCall<Event> getProjectEvent(@Path("org") String org, @Path("project") String project,
            @Path("eventId") String eventId);

    /** Lists the values of one tag across a project's events, one page at a time. */
    @GET("projects/{org}/{project}/tags/{key}/values/")
    SentryCall<List<JsonNode>> listProjectTagValues(@Path("org") String org, @Path("project") String project,
            @Path("key") String key, @Query("cursor") String cursor);

    /** Lists a project's issues, one page at a time (the project-scoped stream). */
    @GET("projects/{org}/{project}/issues/")
    SentryCall<List<Issue>> listProjectIssues(@Path("org") String org, @Path("project") String project,
            @Query("query") String query, @Query("statsPeriod") String statsPeriod, @Query("sort") String sort,
            @Query("limit") Integer limit, @Query("cursor") String cursor);

    /** Deletes the project's issues named by {@code ids} (204); never call it with an empty list. */
    @DELETE("projects/{org}/{project}/issues/")
    SentryCall<Void> bulkDeleteProjectIssues(@Path("org") String org, @Path("project") String project,
            @Query("id") List<String> ids);

    /** Reads a project's ownership rules. */
    @GET("projects/{org}/{project}/ownership/")
    SentryCall<ProjectOwnership> getProjectOwnership(@Path("org") String org, @Path("project") String project);

    /** Changes a project's ownership rules (202). */
    @PUT("projects/{org}/{project}/ownership/")
    SentryCall<ProjectOwnership> updateProjectOwnership(@Path("org") String org, @Path("project") String project,
            @Body Map<String, Object> changes);

    /** Lists the users a project's events came from, one page at a time. */
    @GET("projects/{org}/{project}/users/")
    SentryCall<List<EventUser>> listProjectUsers(@Path("org") String org, @Path("project") String project,
            @Query("query") String query, @Query("cursor") String cursor);

    /** Lists the user feedback sent for a project's events, one page at a time. */
    @GET("projects/{org}/{project}/user-feedback/")
    SentryCall<List<UserFeedback>> listUserFeedback(@Path("org") String org, @Path("project") String project,
            @Query("cursor") String cursor);

    /** Sends user feedback about an event (200; 409 when that event has feedback already). */
    @POST("projects/{org}/{project}/user-feedback/")
    SentryCall<UserFeedback> createUserFeedback(@Path("org") String org, @Path("project") String project,
            @Body Map<String, Object> feedback);

    /** Lists a project's service hooks, one page at a time. */
    @GET("projects/{org}/{project}/hooks/")
    SentryCall<List<ServiceHook>> listServiceHooks(@Path("org") String org, @Path("project") String project,
            @Query("cursor") String cursor);

    /** Creates a service hook (201). */
    @POST("projects/{org}/{project}/hooks/")
    SentryCall<ServiceHook> createServiceHook(@Path("org") String org, @Path("project") String project,
            @Body Map<String, Object> hook);

    /** Reads a service hook. */
    @GET("projects/{org}/{project}/hooks/{hookId}/")
    SentryCall<ServiceHook> getServiceHook(@Path("org") String org, @Path("project") String project,
            @Path("hookId") String hookId);

    /** Changes a service hook's URL and events. */
    @PUT("projects/{org}/{project}/hooks/{hookId}/")
    SentryCall<ServiceHook> updateServiceHook(@Path("org") String org, @Path("project") String project,
            @Path("hookId") String hookId, @Body Map<String, Object> hook);

    /** Deletes a service hook (204). */
    @DELETE("projects/{org}/{project}/hooks/{hookId}/")
    SentryCall<Void> deleteServiceHook(@Path("org") String org, @Path("project") String project,
            @Path("hookId") String hookId);

    /** Lists a project's inbound data filters. */
    @GET("projects/{org}/{project}/filters/")
    SentryCall<List<InboundFilter>> listInboundFilters(@Path("org") String org, @Path("project") String project);

    /** Turns an inbound data filter on or off (204). */
    @PUT("projects/{org}/{project}/filters/{filterId}/")
    SentryCall<Void> updateInboundFilter(@Path("org") String org, @Path("project") String project,
            @Path("filterId") String filterId, @Body Map<String, Object> filter);

    /** Hides or shows several environments of a project at once. */
    @PUT("projects/{org}/{project}/environments/")
    SentryCall<List<Environment>> updateProjectEnvironments(@Path("org") String org,
            @Path("project") String project, @Body Map<String, Object> changes);

    /** Lists the files of a release of a project, one page at a time. */
    @GET("projects/{org}/{project}/releases/{version}/files/")
    SentryCall<List<ReleaseFile>> listProjectReleaseFiles(@Path("org") String org, @Path("project") String project,
            @Path("version") String version, @Query("cursor") String cursor);

    /** Reads one file of a release of a project. */
    @GET("projects/{org}/{project}/releases/{version}/files/{fileId}/")
    SentryCall<ReleaseFile> getProjectReleaseFile(@Path("org") String org, @Path("project") String project,
            @Path("version") String version, @Path("fileId") String fileId);

    /** Renames a file of a release of a project. */
    @PUT("projects/{org}/{project}/releases/{version}/files/{fileId}/")
    SentryCall<ReleaseFile> updateProjectReleaseFile(@Path("org") String org, @Path("project") String project,
            @Path("version") String version, @Path("fileId") String fileId, @Body Map<String, Object> changes);

    /** Deletes a file of a release of a project (204). */
    @DELETE("projects/{org}/{project}/releases/{version}/files/{fileId}/")
    SentryCall<Void> deleteProjectReleaseFile(@Path("org") String org, @Path("project") String project,
            @Path("version") String version, @Path("fileId") String fileId);

    /** Lists the models Seer uses. */
    @GET("seer/models/")
    SentryCall<SeerModelsBody> listSeerModels();

    /** Applies the same changes to the project's issues named by {@code ids}; 204 when none matched. */
    @PUT("projects/{org}/{project}/issues/")
    SentryCall<BulkUpdateResult> bulkUpdateProjectIssues(@Path("org") String org, @Path("project") String project,
            @Query("id") List<String> ids, @Body Map<String, Object> changes);
}
