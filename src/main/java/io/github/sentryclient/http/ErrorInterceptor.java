package io.github.sentryclient.http;

import java.io.IOException;
import java.time.Clock;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Turns every non-2xx answer into the typed exception of its status, after reading (at most) the error body. */
final class ErrorInterceptor implements Interceptor {

    /** Error bodies are short; a proxy's page past this size is cut, not buffered whole. */
    private static final long MAX_ERROR_BODY = 64 * 1024;

    private final Clock clock;

    ErrorInterceptor(Clock clock) {
        this.clock = clock;
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
            body = response.peekBody(MAX_ERROR_BODY).string();
        }
        throw new SentryErrorIOException(ErrorMapping.toException(response.code(), response.message(),
                response.headers(), body, request.method(), request.url().encodedPath(), clock));
    }
}
