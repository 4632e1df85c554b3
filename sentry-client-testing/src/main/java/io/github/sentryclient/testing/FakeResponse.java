package io.github.sentryclient.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer of the fake: status, extra headers and body. */
final class FakeResponse {

    static final String JSON = "application/json";

    private final int status;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private FakeResponse(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    /** A JSON answer: {@code value} is written with the client's own mapper. */
    static FakeResponse json(int status, Object value) {
        try {
            return new FakeResponse(status, JSON, FakeJson.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentry's most common error shape, {@code {"detail": "..."}}. */
    static FakeResponse detail(int status, String detail) {
        return json(status, Map.of("detail", detail));
    }

    /** Sentry's serializer error shape, {@code {"field": ["message"]}}. */
    static FakeResponse fieldError(String field, String message) {
        return json(400, Map.of(field, List.of(message)));
    }

    static FakeResponse raw(int status, String contentType, String body) {
        return new FakeResponse(status, contentType, body);
    }

    static FakeResponse empty(int status) {
        return new FakeResponse(status, null, "");
    }

    FakeResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** Ends a handler early with an error answer. */
    static final class Failure extends RuntimeException {

        private final transient FakeResponse response;

        Failure(FakeResponse response) {
            super(null, null, false, false);
            this.response = response;
        }

        FakeResponse response() {
            return response;
        }
    }
}
