package io.github.sentryclient.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: runs once a connection is open, just before the request is written, and marks the
 * attempt as sent. A failure before this point (refused, unreachable, DNS) never reached Sentry.
 */
final class SentMarker implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Attempt attempt = chain.request().tag(Attempt.class);
        if (attempt != null) {
            attempt.markSent();
        }
        return chain.proceed(chain.request());
    }
}
