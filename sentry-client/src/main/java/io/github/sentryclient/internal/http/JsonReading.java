package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import io.github.sentryclient.error.FailedRequest;
import io.github.sentryclient.error.SentryResponseException;
import java.io.IOException;
import java.util.Map;
import okhttp3.Request;

/** Reads a JSON answer already received as a tree into a model type, with the client's JSON configuration. */
public final class JsonReading {

    private JsonReading() {
    }

    /**
     * Reads {@code body} as {@code type}.
     *
     * @param request the request it answered, for the exception
     * @param status the answer's status
     * @throws SentryResponseException if the body is not a {@code type}; the status is kept (Sentry answered)
     */
    public static <T> T read(JsonNode body, Class<T> type, Request request, int status) {
        try {
            JavaType target = Json.mapper().constructType(type);
            return Json.mapper().readerFor(target).readValue(Json.mapper().treeAsTokens(body));
        } catch (IOException | IllegalArgumentException unreadable) {
            String where = request.method() + " " + request.url().encodedPath();
            throw new SentryResponseException("Sentry's answer to " + where + " (" + status + ") is not a "
                    + type.getSimpleName() + ": " + unreadable.getMessage().lines().findFirst().orElse(""),
                    new FailedRequest(request.method(), request.url().encodedPath(), status, Map.of(), ""),
                    unreadable);
        }
    }
}
