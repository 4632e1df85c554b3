package io.github.sentryclient.internal.http;

import java.io.IOException;
import java.time.Clock;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Turns every non-2xx answer into the typed exception of its status, after reading (at most) the error body. */
final class ErrorInterceptor implements Interceptor {

    private static final String MASK = "XXX";

    private final Clock clock;
    private final String token;

    /** Masks {@code token} wherever an error body echoes it, so that it never reaches an exception message. */
    ErrorInterceptor(Clock clock, String token) {
        this.clock = clock;
        this.token = token;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        if (response.isSuccessful()) {
            return response;
        }
        String body;
        try (response) {
            body = response.peekBody(RetryInterceptor.MAX_ERROR_BODY).string();
        }
        body = body.replace(token, MASK);
        Attempt attempt = response.request().tag(Attempt.class);
        throw new SentryErrorIOException(ErrorMapping.toException(response.code(), response.message(),
                response.headers(), body, request.method(), request.url().encodedPath(), clock,
                attempt == null ? 1 : attempt.number()));
    }
}
