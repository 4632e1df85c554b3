package io.github.sentryclient.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects of {@code GET} requests only, and never from https down to plain http; a redirected
 * {@code PUT}, {@code POST} or {@code DELETE} reaches the caller as an error rather than being replayed elsewhere
 * or turned into a {@code GET}. {@link HeadersInterceptor}, which runs after this, sends the token only to the
 * configured origin.
 */
final class RedirectInterceptor implements Interceptor {

    static final int MAX_REDIRECTS = 5;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        for (int hops = 0; hops < MAX_REDIRECTS && "GET".equals(request.method()); hops++) {
            HttpUrl target = target(response);
            if (target == null) {
                break;
            }
            response.close();
            request = request.newBuilder().url(target).build();
            response = chain.proceed(request);
        }
        return response;
    }

    static HttpUrl target(Response response) {
        if (!response.isRedirect()) {
            return null;
        }
        String location = response.header("Location");
        HttpUrl from = response.request().url();
        HttpUrl to = location == null ? null : from.resolve(location);
        if (to == null || from.isHttps() && !to.isHttps()) {
            return null;
        }
        return to;
    }
}
