package io.github.sentryclient;

import io.github.sentryclient.internal.api.SentryApi;
import io.github.sentryclient.internal.api.SentryRootApi;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The routes the client calls, read from the annotations of {@link SentryApi} and {@link SentryRootApi} (the
 * client's own route table), as {@code METHOD /api/0/...} templates.
 */
public final class ClientRoutes {

    private ClientRoutes() {
    }

    /**
     * Every route of {@link SentryApi} and {@link SentryRootApi}, such as
     * {@code GET /api/0/organizations/{org}/issues/{issueId}/} or {@code GET /api/0/teams/{org}/{team}/}.
     */
    public static List<String> all() {
        List<String> routes = new ArrayList<>();
        for (Class<?> api : List.of(SentryApi.class, SentryRootApi.class)) {
            String base = api == SentryApi.class ? "http://sentry/api/0/organizations/ORG/" : "http://sentry/api/0/";
            for (Method method : api.getDeclaredMethods()) {
                String route = route(method, base);
                if (route != null && !routes.contains(route)) {
                    routes.add(route);
                }
            }
        }
        return routes;
    }

    /**
     * How many of {@code requests} ("METHOD path") each route matched; every route is a key, so a route that no
     * request reached counts 0.
     */
    public static Map<String, Integer> count(List<String> requests) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String route : all()) {
            Pattern pattern = Pattern.compile(Pattern.quote(route).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
            counts.put(route, (int) requests.stream().filter(request -> pattern.matcher(request).matches()).count());
        }
        return counts;
    }

    private static String route(Method method, String base) {
        String path;
        String verb;
        if (method.isAnnotationPresent(GET.class)) {
            verb = "GET";
            path = method.getAnnotation(GET.class).value();
        } else if (method.isAnnotationPresent(PUT.class)) {
            verb = "PUT";
            path = method.getAnnotation(PUT.class).value();
        } else if (method.isAnnotationPresent(POST.class)) {
            verb = "POST";
            path = method.getAnnotation(POST.class).value();
        } else if (method.isAnnotationPresent(DELETE.class)) {
            verb = "DELETE";
            path = method.getAnnotation(DELETE.class).value();
        } else if (method.isAnnotationPresent(HTTP.class)) {
            verb = method.getAnnotation(HTTP.class).method();
            path = method.getAnnotation(HTTP.class).path();
        } else {
            return null;
        }
        // Paths are relative to the API's base URL; a few climb out of it (../ is /api/0/organizations/).
        String resolved = URI.create(base)
                .resolve(path.replace("{", "%7B").replace("}", "%7D")).getRawPath()
                .replace("%7B", "{").replace("%7D", "}").replace("/organizations/ORG/", "/organizations/{org}/");
        return verb + " " + resolved;
    }
}
