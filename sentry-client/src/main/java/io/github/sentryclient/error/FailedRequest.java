package io.github.sentryclient.error;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange behind a failure: the request that was sent and, when an answer arrived, its status, headers and
 * Sentry's message. Carried by every {@link SentryClientException}.
 *
 * @param method the request's HTTP method, such as {@code PUT}
 * @param path the request's path, such as {@code /api/0/organizations/acme/issues/1/}
 * @param statusCode the answer's HTTP status, or 0 when no answer arrived
 * @param headers the answer's headers, names in lower case; empty when no answer arrived
 * @param detail Sentry's own message from the answer's body, or empty
 */
public record FailedRequest(String method, String path, int statusCode, Map<String, List<String>> headers,
        String detail) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks and copies the parts; null text becomes empty. */
    public FailedRequest {
        method = Objects.requireNonNullElse(method, "");
        path = Objects.requireNonNullElse(path, "");
        detail = Objects.requireNonNullElse(detail, "");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        }
        headers = Collections.unmodifiableMap(copy);
    }

    /** A request that got no answer: the connection failed, was dropped, or timed out. */
    public static FailedRequest unanswered(String method, String path) {
        return new FailedRequest(method, path, 0, Map.of(), "");
    }

    /** The first value of the answer's header {@code name} (any case), when it had one. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
