package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryValidationException;
import java.io.IOException;
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

/** The one place where an error status and Sentry's error body become a typed exception. */
final class ErrorMapping {

    private static final Pattern ISSUE_ID = Pattern.compile("/issues/([^/]+)/");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");
    private static final int MAX_DETAIL = 300;

    private ErrorMapping() {
    }

    static SentryClientException toException(int status, String reason, Headers headers, String body,
            String method, String path, Clock clock) {
        return toException(status, reason, headers, body, method, path, clock, 1);
    }

    /** As above, for the last of {@code attempts} attempts; more than one is named in the message. */
    static SentryClientException toException(int status, String reason, Headers headers, String body,
            String method, String path, Clock clock, int attempts) {
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        String detail = detail(body, fieldErrors);
        String subject = ISSUE_ID.matcher(path).results().map(m -> "issue " + m.group(1)).findFirst().orElse("");
        String what = detail.isEmpty() ? statusText(status, reason) : detail;
        String where = " (" + method + " " + path + " -> " + status
                + (attempts > 1 ? ", after " + attempts + " attempts" : "") + ")";
        switch (status) {
            case 400:
            case 422:
                return new SentryValidationException("Sentry refused the request" + forSubject(subject) + ": "
                        + what + where, status, detail, method, path, fieldErrors, null);
            case 401:
                return new SentryAuthenticationException("Sentry rejected the auth token" + forSubject(subject)
                        + " (missing, invalid, expired or revoked): " + what + where, status, detail, method, path,
                        null);
            case 403:
                return new SentryPermissionException("The auth token is not allowed to do this" + forSubject(subject)
                        + " (check its scopes and project access): " + what + where, status, detail, method, path,
                        null);
            case 404:
                return new SentryNotFoundException(notFound(subject, path) + ": " + what + where, status, detail,
                        method, path, null);
            case 429:
                Optional<Duration> retryAfter = RateLimits.retryAfter(headers, clock);
                return new SentryRateLimitException("Sentry's rate limit was hit" + forSubject(subject)
                        + retryAfter.map(d -> ", retry after " + seconds(d)).orElse("") + ": " + what + where,
                        status, detail, method, path, retryAfter.orElse(null), null);
            default:
                if (status >= 300 && status < 400) {
                    return new SentryClientException("Sentry redirected the request" + forSubject(subject) + " to "
                            + Optional.ofNullable(headers.get("Location")).map(ErrorMapping::oneLine).orElse("nowhere")
                            + ", which the client follows only for reads on https: " + what + where, status, detail,
                            method, path, null);
                }
                if (status >= 500) {
                    return new SentryServerException("Sentry failed to answer" + forSubject(subject) + ": " + what
                            + where, status, detail, method, path, null);
                }
                return new SentryClientException("Unexpected answer from Sentry" + forSubject(subject) + ": "
                        + what + where, status, detail, method, path, null);
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
