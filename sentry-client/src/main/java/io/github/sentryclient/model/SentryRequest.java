package io.github.sentryclient.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A request to any route of Sentry's API, for {@code SentryClient.request} and {@code requestPages}: the routes the
 * client has no typed operation for yet. It goes through the same stack as the typed ones: the token only ever to
 * the configured host, retries that never send a {@code POST} again once it may have reached Sentry, pacing to the
 * route's rate limit, and the typed exceptions.
 *
 * <pre>{@code
 * SentryRequest request = SentryRequest.get("projects/{org}/{project}/keys/")
 *         .pathParam("project", "backend")
 *         .query("status", "active")
 *         .build();
 * }</pre>
 *
 * <p>{@link #path()} is relative to {@code /api/0/} and ends with {@code /}, as Sentry's routes do; its segments are
 * given unencoded (the client encodes them). A segment such as {@code {project}} is a named parameter whose value
 * comes from {@link #pathParams()}, encoded as one segment; {@code {org}} is the client's organization.
 */
@Value.Immutable
public abstract class SentryRequest {

    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** {@code GET}, {@code PUT}, {@code POST} or {@code DELETE}. */
    public abstract String method();

    /**
     * The route under {@code /api/0/}, such as {@code organizations/{org}/releases/} or
     * {@code projects/{org}/backend/keys/}; a leading {@code /api/0/} is accepted too.
     */
    public abstract String path();

    /**
     * The values of the path's named parameters, such as {@code project} for {@code projects/{org}/{project}/}:
     * each becomes one path segment, encoded by the client, so that no value can change the route.
     * {@code {org}} is the client's organization unless given here.
     */
    public abstract Map<String, String> pathParams();

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
        Set<String> used = new HashSet<>();
        for (String segment : segments()) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("path must not have empty, '.' or '..' segments, got '" + path
                        + "'");
            }
            Matcher placeholder = PLACEHOLDER.matcher(segment);
            if (placeholder.matches()) {
                String name = placeholder.group(1);
                used.add(name);
                if (!name.equals("org") && !pathParams().containsKey(name)) {
                    throw new IllegalArgumentException("pathParams: no value for {" + name + "} in '" + path + "'");
                }
            } else if (segment.contains("{") || segment.contains("}")) {
                throw new IllegalArgumentException("path: a parameter must be a whole segment, such as {project},"
                        + " got '" + segment + "'");
            }
        }
        pathParams().forEach((name, value) -> {
            if (!used.contains(name)) {
                throw new IllegalArgumentException("pathParams: {" + name + "} is not in the path '" + path + "'");
            }
            if (value.isBlank() || value.equals(".") || value.equals("..")) {
                throw new IllegalArgumentException("pathParams: {" + name + "} must not be blank, '.' or '..'");
            }
        });
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

        /** Sets the value of the path parameter {@code {name}}. */
        public Builder pathParam(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("pathParams: a parameter needs a name and a value, got " + name
                        + "=" + value);
            }
            putPathParams(name, value);
            return this;
        }

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
