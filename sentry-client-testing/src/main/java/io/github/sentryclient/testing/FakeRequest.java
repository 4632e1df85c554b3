package io.github.sentryclient.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request as a route handler sees it: path parameters, query parameters, body, and the fake's state. */
final class FakeRequest {

    private final String path;
    private final String rawQuery;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final String body;
    private final String baseUrl;
    private final FakeState state;

    FakeRequest(String path, String rawQuery, Map<String, String> pathParams, String body,
            String baseUrl, FakeState state) {
        this.path = path;
        this.rawQuery = rawQuery;
        this.pathParams = pathParams;
        this.query = parseQuery(rawQuery);
        this.body = body;
        this.baseUrl = baseUrl;
        this.state = state;
    }

    /** The raw (encoded) path. */
    String path() {
        return path;
    }

    /** The raw query string, or null. */
    String rawQuery() {
        return rawQuery;
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter. */
    Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name)).map(values -> values.get(0));
    }

    /** Every value of a repeated query parameter, such as {@code id=1&id=2}; empty when absent. */
    List<String> queryParams(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The raw body, empty when there is none. */
    String body() {
        return body;
    }

    /**
     * The body as JSON; a missing body reads as an empty object.
     *
     * @throws FakeResponse.Failure with Sentry's 400 for a body that is not JSON
     */
    JsonNode json() {
        if (body.isBlank()) {
            return FakeJson.mapper().createObjectNode();
        }
        try {
            return FakeJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "JSON parse error - " + e.getOriginalMessage()));
        }
    }

    /** The fake's URL, such as {@code http://127.0.0.1:4711}. */
    String baseUrl() {
        return baseUrl;
    }

    FakeState state() {
        return state;
    }

    static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
