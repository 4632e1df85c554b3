package io.github.sentryclient.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.internal.http.SentryCall;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Url;

/**
 * Any route of Sentry's API, for {@code SentryClient.request}: the URL is built and checked by the client (always
 * under the configured {@code /api/0/}), and the call goes through the same retries, pacing and error mapping as
 * the typed routes of {@link SentryApi}.
 */
public interface RawApi {

    /** A GET of one JSON document. */
    @GET
    SentryCall<JsonNode> get(@Url String url);

    /** A GET of one page of a list. */
    @GET
    SentryCall<List<JsonNode>> list(@Url String url);

    /** A PUT with a JSON body. */
    @PUT
    SentryCall<JsonNode> put(@Url String url, @Body Object body);

    /** A POST with a JSON body; never sent again once it may have reached Sentry. */
    @POST
    SentryCall<JsonNode> post(@Url String url, @Body Object body);

    /** A DELETE. */
    @DELETE
    SentryCall<JsonNode> delete(@Url String url);
}
