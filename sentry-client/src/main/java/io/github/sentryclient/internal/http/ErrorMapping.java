package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.FailedRequest;
import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.error.SentryValidationException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one place where a failed exchange becomes a typed exception: an error status with Sentry's error body, a
 * successful answer whose body cannot be read, or a request that got no usable answer. Masks the auth token
 * wherever an answer echoes it, so that it never reaches an exception.
 */
final class ErrorMapping {

    private static final Pattern ISSUE_ID = Pattern.compile("/issues/([^/]+)/");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");
    private static final int MAX_DETAIL = 300;
    private static final String MASK = "XXX";

    private final Clock clock;
    private final String token;

    /** Maps failures with {@code clock} for {@code Retry-After} dates, masking {@code token}. */
    ErrorMapping(Clock clock, String token) {
        this.clock = clock;
        this.token = token;
    }

    /** The exception for a non-2xx answer, its error body already read (and cut) by {@link RetryInterceptor}. */
    SentryClientException fromResponse(Response response, ResponseBody errorBody) {
        String body;
        try (errorBody) {
            body = errorBody == null ? "" : errorBody.string();
        } catch (IOException unreadable) {
            body = "";
        }
        Request request = response.request();
        Attempt attempt = request.tag(Attempt.class);
        return toException(response.code(), response.message(), masked(response.headers()), mask(body),
                request.method(), request.url().encodedPath(), clock, attempt == null ? 1 : attempt.number());
    }

    /** The exception for a successful answer whose body is not the expected JSON; it keeps the answer's status. */
    SentryClientException unreadableBody(Response response, IOException failure) {
        Request request = response.request();
        String where = request.method() + " " + request.url().encodedPath();
        String why = failure instanceof JsonProcessingException json ? json.getOriginalMessage()
                : String.valueOf(failure.getMessage());
        return new SentryResponseException("Sentry's answer to " + where + " (" + response.code() + ") is not the"
                + " expected JSON: " + oneLine(mask(why)), answered(request, response.code(),
                        masked(response.headers()), ""), failure);
    }

    /** The exception for a call that ended with {@code failure} instead of an answer. */
    SentryClientException failure(Throwable failure, Request request) {
        if (failure instanceof SentryClientException typed) {
            return typed;
        }
        String method = request.method();
        String path = request.url().encodedPath();
        String where = method + " " + path;
        if (failure instanceof ResponseTooLargeException tooLarge) {
            return new SentryResponseException("Sentry's answer to " + where + " is larger than the limit of "
                    + tooLarge.limit() + " bytes (maxResponseBytes)", answered(request, tooLarge.statusCode(),
                            Headers.of(), ""), failure);
        }
        if (failure instanceof PaceTimeoutException late) {
            boolean timed = late.waitMillis() != Pacer.UNTIL_ANSWER;
            return new SentryRateLimitException("Not sent: " + late.getMessage() + (timed ? " (it would have had to"
                    + " wait " + seconds(Duration.ofMillis(late.waitMillis())) + "; raise callTimeout to wait that"
                    + " long)" : "") + ": " + where, FailedRequest.unanswered(method, path),
                    timed ? Duration.ofMillis(late.waitMillis()) : null, failure);
        }
        int attempts = 1;
        Throwable cause = failure;
        if (failure instanceof RetriesExhaustedException exhausted) {
            attempts = exhausted.attempts();
            cause = exhausted.getCause();
        }
        String after = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        FailedRequest unanswered = FailedRequest.unanswered(method, path);
        if (cause instanceof InterruptedIOException) {
            return new SentryTransportException("Timed out waiting for Sentry on " + where + ": "
                    + oneLine(mask(String.valueOf(cause.getMessage()))) + after, unanswered, failure);
        }
        if (cause instanceof IOException) {
            return new SentryTransportException("Could not complete " + where + " with Sentry: "
                    + cause.getClass().getSimpleName() + ": " + oneLine(mask(String.valueOf(cause.getMessage())))
                    + after, unanswered, failure);
        }
        return new SentryClientException("Unexpected failure of " + where + ": " + mask(String.valueOf(failure)),
                unanswered, failure);
    }

    /** A successful status that carried no body where one was expected. */
    static SentryResponseException emptyBody(Request request, int statusCode, Headers headers) {
        String method = request.method();
        String path = request.url().encodedPath();
        return new SentryResponseException("Sentry answered " + method + " " + path + " with " + statusCode
                + " and no body, where a JSON body was expected", answered(request, statusCode, headers, ""), null);
    }

    private String mask(String text) {
        return token == null || token.isEmpty() ? text : text.replace(token, MASK);
    }

    private Headers masked(Headers headers) {
        if (token == null || token.isEmpty()) {
            return headers;
        }
        Headers.Builder copy = new Headers.Builder();
        for (int i = 0; i < headers.size(); i++) {
            copy.addUnsafeNonAscii(headers.name(i), headers.value(i).replace(token, MASK));
        }
        return copy.build();
    }

    private static FailedRequest answered(Request request, int status, Headers headers, String detail) {
        return new FailedRequest(request.method(), request.url().encodedPath(), status, headers.toMultimap(),
                detail);
    }

    static SentryClientException toException(int status, String reason, Headers headers, String body,
            String method, String path, Clock clock) {
        return toException(status, reason, headers, body, method, path, clock, 1);
    }

    /** The exception for an answer with {@code status}, the last of {@code attempts}; more than one is said. */
    static SentryClientException toException(int status, String reason, Headers headers, String body,
            String method, String path, Clock clock, int attempts) {
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        String detail = detail(body, fieldErrors);
        FailedRequest request = new FailedRequest(method, path, status, headers.toMultimap(), detail);
        String subject = ISSUE_ID.matcher(path).results().map(m -> "issue " + m.group(1)).findFirst().orElse("");
        String what = detail.isEmpty() ? statusText(status, reason) : detail;
        String where = " (" + method + " " + path + " -> " + status
                + (attempts > 1 ? ", after " + attempts + " attempts" : "") + ")";
        switch (status) {
            case 400:
            case 422:
                return new SentryValidationException("Sentry refused the request" + forSubject(subject) + ": "
                        + what + where, request, fieldErrors, null);
            case 401:
                return new SentryAuthenticationException("Sentry rejected the auth token" + forSubject(subject)
                        + " (missing, invalid, expired or revoked): " + what + where, request, null);
            case 403:
                return new SentryPermissionException("The auth token is not allowed to do this" + forSubject(subject)
                        + " (check its scopes and project access): " + what + where, request, null);
            case 404:
                return new SentryNotFoundException(notFound(subject, path) + ": " + what + where, request, null);
            case 429:
                Optional<Duration> retryAfter = RateLimits.retryAfter(headers, clock);
                return new SentryRateLimitException("Sentry's rate limit was hit" + forSubject(subject)
                        + retryAfter.map(d -> ", retry after " + seconds(d)).orElse("") + ": " + what + where,
                        request, retryAfter.orElse(null), null);
            default:
                if (status >= 300 && status < 400) {
                    return new SentryClientException("Sentry redirected the request" + forSubject(subject) + " to "
                            + Optional.ofNullable(headers.get("Location")).map(ErrorMapping::oneLine).orElse("nowhere")
                            + ", which the client follows only for reads on https: " + what + where, request, null);
                }
                if (status >= 500) {
                    return new SentryServerException("Sentry failed to answer" + forSubject(subject) + ": " + what
                            + where, request, null);
                }
                return new SentryClientException("Unexpected answer from Sentry" + forSubject(subject) + ": "
                        + what + where, request, null);
        }
    }

    private static String forSubject(String subject) {
        return subject.isEmpty() ? "" : " for " + subject;
    }

    private static String notFound(String subject, String path) {
        if (path.contains("/comments/") && path.matches(".*/comments/[^/]+/$")) {
            return "Comment not found on " + subject + ", or it is not the token user's";
        }
        if (!subject.isEmpty()) {
            return "Sentry " + subject + " was not found, or the token cannot see it";
        }
        return "Not found in Sentry, or the token cannot see it";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }

    private static String statusText(int status, String reason) {
        return reason == null || reason.isBlank() ? "HTTP " + status : "HTTP " + status + " " + reason;
    }

    /** Sentry's message in any of its error body shapes; fills {@code fieldErrors} from a field map. */
    static String detail(String body, Map<String, List<String>> fieldErrors) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException notJson) {
            return oneLine(plainText(body));
        }
        if (json == null || json.isMissingNode()) {
            return oneLine(plainText(body));
        }
        if (json.isTextual()) {
            return oneLine(json.asText());
        }
        if (json.isArray()) {
            return oneLine(String.join("; ", texts(json)));
        }
        if (!json.isObject()) {
            return oneLine(json.toString());
        }
        JsonNode detail = json.get("detail");
        if (detail != null && detail.isTextual()) {
            return oneLine(detail.asText());
        }
        if (detail != null && detail.isObject()) {
            JsonNode message = detail.has("message") ? detail.get("message") : detail.get("code");
            return oneLine(message == null ? detail.toString() : message.asText());
        }
        JsonNode message = json.get("message");
        if (message != null && message.isTextual() && json.size() == 1) {
            return oneLine(message.asText());
        }
        collectFieldErrors("", json, fieldErrors);
        List<String> parts = new ArrayList<>();
        fieldErrors.forEach((field, messages) -> parts.add(field + ": " + String.join(", ", messages)));
        return oneLine(String.join("; ", parts));
    }

    private static void collectFieldErrors(String prefix, JsonNode node, Map<String, List<String>> out) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                collectFieldErrors(name + ".", value, out);
            } else if (value.isArray()) {
                out.put(name, texts(value));
            } else {
                out.put(name, List.of(value.asText()));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            texts.add(item.isValueNode() ? item.asText() : item.toString());
        }
        return texts;
    }

    private static String plainText(String body) {
        Matcher title = HTML_TITLE.matcher(body);
        if (title.find()) {
            return title.group(1);
        }
        return HTML_TAG.matcher(body).replaceAll(" ");
    }

    /** Collapses whitespace and line breaks and shortens, so that every message is one readable line. */
    static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 3) + "...";
    }
}
