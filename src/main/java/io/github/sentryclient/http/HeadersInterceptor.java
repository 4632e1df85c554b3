package io.github.sentryclient.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the auth token, {@code Accept} and {@code User-Agent} headers to every request. */
final class HeadersInterceptor implements Interceptor {

    private final String authorization;
    private final String userAgent;

    HeadersInterceptor(String token, String userAgent) {
        this.authorization = "Bearer " + token;
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .build();
        return chain.proceed(request);
    }

    @Override
    public String toString() {
        return "HeadersInterceptor{userAgent=" + userAgent + "}";
    }
}
