package io.github.sentryclient.internal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The route of a request as Sentry's rate limits count it: the method and the path template of the
 * {@link io.github.sentryclient.internal.api.SentryApi} method that made it, such as
 * {@code GET issues/{issueId}/}.
 */
final class Routes {

    private static final Map<Method, String> KEYS = new ConcurrentHashMap<>();
    private static final Pattern ID = Pattern.compile("[0-9]+|[0-9a-fA-F]{32}");

    private Routes() {
    }

    /**
     * The request's route; for a request that did not come from a typed API method (no template: any route), its
     * method and path with ids as placeholders.
     */
    static String key(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        String key = invocation == null ? "" : KEYS.computeIfAbsent(invocation.method(),
                method -> of(method.getAnnotations(), method.getName()));
        return key.isEmpty() || key.endsWith(" ") ? generic(request) : key;
    }

    /**
     * A route for a path without a template, such as {@code GET organizations/acme/releases/{id}/}: the path under
     * {@code /api/0/} with numeric and 32-hex segments (ids) as placeholders, so that calls on different issues or
     * events of one route share its limits.
     */
    static String generic(Request request) {
        List<String> segments = request.url().pathSegments();
        int start = segments.indexOf("0") > 0 && "api".equals(segments.get(segments.indexOf("0") - 1))
                ? segments.indexOf("0") + 1 : 0;
        StringBuilder path = new StringBuilder();
        for (String segment : segments.subList(start, segments.size())) {
            if (!segment.isEmpty()) {
                path.append(ID.matcher(segment).matches() ? "{id}" : segment).append('/');
            }
        }
        return request.method() + " " + path;
    }

    /** The route of an API method with these annotations, such as {@code GET issues/{issueId}/}. */
    static String of(Annotation[] annotations, String name) {
        for (Annotation annotation : annotations) {
            String route = annotation instanceof GET get ? "GET " + get.value()
                    : annotation instanceof PUT put ? "PUT " + put.value()
                    : annotation instanceof POST post ? "POST " + post.value()
                    : annotation instanceof DELETE delete ? "DELETE " + delete.value()
                    : annotation instanceof HTTP http ? http.method() + " " + http.path()
                    : null;
            if (route != null) {
                return route;
            }
        }
        return name;
    }
}
