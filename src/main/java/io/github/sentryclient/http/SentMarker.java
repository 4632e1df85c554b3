package io.github.sentryclient.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The outermost network interceptor: runs once a connection is open, just before the request is written, and
 * marks the attempt as sent, since a failure before this point (refused, unreachable, DNS) never reached Sentry.
 * It also turns a runtime failure of the network interceptors after it (HTTP logging reading a body whose
 * connection dropped throws {@link IllegalStateException}) into the {@link IOException} of a failed exchange,
 * which OkHttp reports to the caller instead of crashing a dispatcher thread.
 */
final class SentMarker implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Attempt attempt = chain.request().tag(Attempt.class);
        if (attempt != null) {
            attempt.markSent();
        }
        try {
            return chain.proceed(chain.request());
        } catch (RuntimeException e) {
            throw new IOException("the exchange failed: " + e, e);
        }
    }
}
