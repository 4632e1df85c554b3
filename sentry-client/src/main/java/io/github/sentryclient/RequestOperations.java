package io.github.sentryclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.sentryclient.internal.http.JsonReading;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.SentryRequest;
import java.util.Map;
import okhttp3.HttpUrl;

/** Requests to any route of Sentry's API, on the same stack as the typed operations. */
final class RequestOperations {

    static final String REQUEST = "request";
    static final String REQUEST_PAGES = "requestPages";

    private final ClientApi client;

    RequestOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<JsonNode>> request(SentryRequest request) {
        return Operation.call(REQUEST, "", () -> call(request, url(request, null)),
                reply -> reply.respond(request.method() + " " + reply.request().url().encodedPath() + ": "
                        + reply.statusCode(), reply.body() == null ? MissingNode.getInstance() : reply.body()));
    }

    <T> Operation<SentryResponse<T>> request(SentryRequest request, Class<T> type) {
        return Operation.call(REQUEST, "", () -> call(request, url(request, null)), reply -> {
            JsonNode body = reply.body() == null ? MissingNode.getInstance() : reply.body();
            return reply.respond(request.method() + " " + reply.request().url().encodedPath() + ": "
                    + reply.statusCode(), JsonReading.read(body, type, reply.request(), reply.statusCode()));
        });
    }

    PageSource<JsonNode> pages(SentryRequest request) {
        requireGet(request);
        return new PageSource<>(REQUEST_PAGES, "", "items of " + String.join("/", request.segments()) + "/",
                cursor -> client.raw().list(url(request, cursor)));
    }

    <T> PageSource<T> pages(SentryRequest request, Class<T> type) {
        requireGet(request);
        return PageSource.converted(REQUEST_PAGES, "", "items of " + String.join("/", request.segments()) + "/",
                cursor -> client.raw().list(url(request, cursor)),
                (item, reply) -> JsonReading.read(item, type, reply.request(), reply.statusCode()));
    }

    private static void requireGet(SentryRequest request) {
        if (!request.method().equals("GET")) {
            throw new IllegalArgumentException("requestPages: only a GET lists pages, got " + request.method());
        }
    }

    private SentryCall<JsonNode> call(SentryRequest request, String url) {
        Object body = request.body().orElse(Map.of());
        return switch (request.method()) {
            case "GET" -> client.raw().get(url);
            case "PUT" -> client.raw().put(url, body);
            case "POST" -> client.raw().post(url, body);
            default -> client.raw().delete(url);
        };
    }

    /** The request's URL under the configured {@code /api/0/}: segments encoded, {@code {org}} filled in. */
    private String url(SentryRequest request, String cursor) {
        HttpUrl.Builder url = client.apiRoot().newBuilder();
        for (String segment : request.segments()) {
            String name = segment.startsWith("{") && segment.endsWith("}")
                    ? segment.substring(1, segment.length() - 1) : null;
            url.addPathSegment(name == null ? segment : request.pathParams().getOrDefault(name, client.org()));
        }
        url.addPathSegment("");
        for (Map.Entry<String, String> parameter : request.query()) {
            if (cursor == null || !parameter.getKey().equals("cursor")) {
                url.addQueryParameter(parameter.getKey(), parameter.getValue());
            }
        }
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        return url.build().toString();
    }
}
