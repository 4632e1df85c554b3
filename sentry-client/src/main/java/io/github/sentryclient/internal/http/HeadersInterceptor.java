package io.github.sentryclient.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Accept} and {@code User-Agent} to every request, and the auth token to requests for the configured
 * origin only (scheme, host and port), so that a redirect elsewhere never carries it.
 */
final class HeadersInterceptor implements Interceptor {

    private final String authorization;
    private final String userAgent;
    private final HttpUrl origin;

    HeadersInterceptor(String token, String userAgent, HttpUrl origin) {
        this.authorization = "Bearer " + token;
        this.userAgent = userAgent;
        this.origin = origin;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder()
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        if (sameOrigin(chain.request().url(), origin)) {
            request.header("Authorization", authorization);
        } else {
            request.removeHeader("Authorization");
        }
        return chain.proceed(request.build());
    }

    static boolean sameOrigin(HttpUrl url, HttpUrl origin) {
        return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host())
                && url.port() == origin.port();
    }

    @Override
    public String toString() {
        return "HeadersInterceptor{userAgent=" + userAgent + "}";
    }
}
