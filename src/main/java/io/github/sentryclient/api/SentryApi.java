package io.github.sentryclient.api;

import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.TagValue;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Sentry's org-scoped issue routes, relative to {@code <base>/api/0/}. Every path ends with a slash, as Sentry's
 * routes require, and every path parameter is encoded by Retrofit.
 */
public interface SentryApi {

    /** Reads an issue. */
    @GET("organizations/{org}/issues/{issueId}/")
    Call<Issue> getIssue(@Path("org") String org, @Path("issueId") String issueId);

    /** Changes the given fields of an issue and returns the whole updated issue. */
    @PUT("organizations/{org}/issues/{issueId}/")
    Call<Issue> updateIssue(@Path("org") String org, @Path("issueId") String issueId,
            @Body Map<String, Object> changes);

    /** Posts a comment ({@code {"text": ...}}) on an issue. */
    @POST("organizations/{org}/issues/{issueId}/comments/")
    Call<Comment> addComment(@Path("org") String org, @Path("issueId") String issueId,
            @Body Map<String, Object> comment);

    /** Lists an issue's comments, newest first, one page at a time. */
    @GET("organizations/{org}/issues/{issueId}/comments/")
    Call<List<Comment>> listComments(@Path("org") String org, @Path("issueId") String issueId,
            @Query("cursor") String cursor);

    /** Lists the values of one tag on an issue's events, one page at a time. */
    @GET("organizations/{org}/issues/{issueId}/tags/{key}/values/")
    Call<List<TagValue>> listTagValues(@Path("org") String org, @Path("issueId") String issueId,
            @Path("key") String key, @Query("cursor") String cursor);
}
