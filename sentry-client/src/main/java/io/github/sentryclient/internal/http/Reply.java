package io.github.sentryclient.internal.http;

import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.model.RateLimit;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * A successful exchange: the body (null for 204), the status, the headers, the request and the rate-limit state
 * Sentry reported.
 *
 * @param <T> the type of the body
 * @param body the body, or null when there was none
 * @param statusCode the HTTP status, such as 200
 * @param headers the answer's headers
 * @param request the request that was answered
 * @param rateLimit the rate-limit state of the answer
 */
public record Reply<T>(T body, int statusCode, Headers headers, Request request, Optional<RateLimit> rateLimit) {

    /** The body; a {@link io.github.sentryclient.error.SentryResponseException} when there was none. */
    public T requireBody() {
        if (body == null) {
            throw ErrorMapping.emptyBody(request, statusCode, headers);
        }
        return body;
    }

    /** The operation's result: {@code data} with {@code message}, this exchange's status and rate-limit state. */
    public <R> SentryResponse<R> respond(String message, R data) {
        return SentryResponse.of(message, data, statusCode, rateLimit);
    }
}
