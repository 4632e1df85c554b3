package io.github.sentryclient.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to any route of Sentry's API, for {@code SentryClient.request} and {@code requestPages}: the routes the
 * client has no typed operation for yet. It goes through the same stack as the typed ones: the token only ever to
 * the configured host, retries that never send a {@code POST} again once it may have reached Sentry, pacing to the
 * route's rate limit, and the typed exceptions.
 *
 * <pre>{@code
 * SentryRequest request = SentryRequest.get("organizations/{org}/releases/")
 *         .query("query", "4.2")
 *         .build();
 * }</pre>
 *
 * <p>{@link #path()} is relative to {@code /api/0/} and ends with {@code /}, as Sentry's routes do; its segments are
 * given unencoded (the client encodes them), and {@code {org}} stands for the client's organization.
 */
@Value.Immutable
public abstract class SentryRequest {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");

    /** {@code GET}, {@code PUT}, {@code POST} or {@code DELETE}. */
    public abstract String method();

    /**
     * The route under {@code /api/0/}, such as {@code organizations/{org}/releases/} or
     * {@code projects/{org}/backend/keys/}; a leading {@code /api/0/} is accepted too.
     */
    public abstract String path();

    /** The query parameters, in order; a name may repeat ({@code project=1&project=2}). */
    public abstract List<Map.Entry<String, String>> query();

    /** The JSON body of a {@code PUT} or {@code POST}: a map, a record, a {@code JsonNode}, anything Jackson writes. */
    public abstract Optional<Object> body();

    /** The path's segments, without {@code /api/0/}, as given. */
    @Value.Derived
    @Value.Auxiliary
    public List<String> segments() {
        String path = path().startsWith("/api/0/") ? path().substring("/api/0/".length()) : path();
        return List.of(path.substring(0, Math.max(0, path.length() - 1)).split("/", -1));
    }

    @Value.Check
    void check() {
        if (!METHODS.contains(method())) {
            throw new IllegalArgumentException("method must be GET, PUT, POST or DELETE, got '" + method() + "'");
        }
        String path = path();
        if (path.isBlank() || path.contains("://") || path.startsWith("//")) {
            throw new IllegalArgumentException("path must be a route under /api/0/, such as"
                    + " organizations/{org}/releases/, got '" + path + "'");
        }
        if (path.startsWith("/") && !path.startsWith("/api/0/")) {
            throw new IllegalArgumentException("path must be relative to /api/0/ (or start with /api/0/), got '"
                    + path + "'");
        }
        if (path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path must not carry a query or fragment: put parameters in query(),"
                    + " got '" + path + "'");
        }
        if (!path.endsWith("/")) {
            throw new IllegalArgumentException("path must end with '/', as every Sentry route does, got '" + path
                    + "'");
        }
        for (String segment : segments()) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("path must not have empty, '.' or '..' segments, got '" + path
                        + "'");
            }
        }
        for (Map.Entry<String, String> parameter : query()) {
            if (parameter.getKey().isBlank()) {
                throw new IllegalArgumentException("query parameter names must not be blank");
            }
        }
        if (body().isPresent() && !method().equals("PUT") && !method().equals("POST")) {
            throw new IllegalArgumentException("body: a " + method() + " request takes no body");
        }
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a {@code GET} of {@code path}. */
    public static Builder get(String path) {
        return builder().method("GET").path(path);
    }

    /** Starts a {@code PUT} of {@code path}; set its {@link Builder#body(Object) body}. */
    public static Builder put(String path) {
        return builder().method("PUT").path(path);
    }

    /** Starts a {@code POST} to {@code path}; set its {@link Builder#body(Object) body}. */
    public static Builder post(String path) {
        return builder().method("POST").path(path);
    }

    /** Starts a {@code DELETE} of {@code path}. */
    public static Builder delete(String path) {
        return builder().method("DELETE").path(path);
    }

    /** Builds a {@link SentryRequest}. */
    public static final class Builder extends ImmutableSentryRequest.Builder {

        /** Adds one query parameter; call again with the same name for a repeated one. */
        public Builder query(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("query: a parameter needs a name and a value, got " + name + "="
                        + value);
            }
            addQuery(Map.entry(name, value));
            return this;
        }
    }
}
