package io.github.sentryclient.internal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The route of a request as Sentry's rate limits count it: the method and the path template of the
 * {@link io.github.sentryclient.internal.api.SentryApi} method that made it, such as
 * {@code GET issues/{issueId}/}.
 */
final class Routes {

    private static final Map<Method, String> KEYS = new ConcurrentHashMap<>();

    private Routes() {
    }

    /** The request's route; its method and path when it did not come from the API interface. */
    static String key(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null) {
            return request.method() + " " + request.url().encodedPath();
        }
        return KEYS.computeIfAbsent(invocation.method(), method -> of(method.getAnnotations(), method.getName()));
    }

    /** The route of an API method with these annotations, such as {@code GET issues/{issueId}/}. */
    static String of(Annotation[] annotations, String name) {
        for (Annotation annotation : annotations) {
            String route = annotation instanceof GET get ? "GET " + get.value()
                    : annotation instanceof PUT put ? "PUT " + put.value()
                    : annotation instanceof POST post ? "POST " + post.value()
                    : annotation instanceof DELETE delete ? "DELETE " + delete.value()
                    : null;
            if (route != null) {
                return route;
            }
        }
        return name;
    }
}
