package io.github.sentryclient.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The outermost network interceptor, so that retry decisions stay with {@link RetryInterceptor}:
 *
 * <ul>
 *   <li>It runs once a connection is open, just before the request is written, and marks the attempt as sent; a
 *       failure before this point (refused, unreachable, DNS) never reached Sentry.</li>
 *   <li>It holds back {@code Retry-After} of a 503 or 408 from OkHttp, which would otherwise send the request
 *       again by itself when the value is 0, whatever the method (a comment included), and fails on a value
 *       beyond {@code int}; the value is kept on the {@link Attempt} and put back for {@link RetryInterceptor}.</li>
 *   <li>It turns a runtime failure of the network interceptors after it (HTTP logging reading a body whose
 *       connection dropped throws {@link IllegalStateException}) into the {@link IOException} of a failed
 *       exchange, which OkHttp reports to the caller instead of crashing a dispatcher thread.</li>
 * </ul>
 */
final class ExchangeGuard implements Interceptor {

    static final String RETRY_AFTER = "Retry-After";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Attempt attempt = request.tag(Attempt.class);
        if (attempt != null) {
            attempt.markSent();
        }
        Response response;
        try {
            response = chain.proceed(request);
        } catch (RuntimeException e) {
            throw new IOException("the exchange failed: " + e, e);
        }
        String retryAfter = response.header(RETRY_AFTER);
        if (retryAfter == null || response.code() != 503 && response.code() != 408) {
            return response;
        }
        if (attempt != null) {
            attempt.holdRetryAfter(retryAfter);
        }
        return response.newBuilder().removeHeader(RETRY_AFTER).build();
    }
}
