package io.github.sentryclient.internal.http;

import io.github.sentryclient.RetryPolicy;
import io.github.sentryclient.model.RateLimit;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the client decides whether to send a request again, and how long to wait first.
 *
 * <ul>
 *   <li>{@code GET}, {@code PUT} and {@code DELETE} are retried on 502, 503, 504 and on connection failures,
 *       including a timeout or a drop while reading the answer, at most {@code maxRetries} times.</li>
 *   <li>Any method is retried when the request never left the client (connection refused, unreachable host).</li>
 *   <li>A {@code POST} that may have reached Sentry is never sent again (5xx, read timeout, dropped connection).</li>
 *   <li>The wait is {@code Retry-After} (seconds or an HTTP date), else exponential backoff with full jitter. A wait
 *       that would pass the call deadline is not taken: the last answer goes to the caller, with the number of
 *       attempts in its message.</li>
 *   <li>A 429 is not retried here: it goes back to {@link SentryCall}, which waits for the route's next slot with
 *       the {@link Pacer} (a 429 was refused before anything happened, so any method may be sent again).</li>
 * </ul>
 *
 * <p>Every answer's rate-limit headers go to the {@link Pacer}. Each body is read here, within the size limit, so
 * that every response is closed when the call leaves the network.
 */
final class RetryInterceptor implements Interceptor {

    /** Error bodies are short; a proxy's page past this size is cut, not buffered whole. */
    static final long MAX_ERROR_BODY = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final long READ_SIZE = 8192;

    private final RetryPolicy policy;
    private final long callTimeoutNanos;
    private final long maxResponseBytes;
    private final Pacer pacer;
    private final Timing timing;
    private final DoubleSupplier jitter;
    private final AtomicReference<RateLimit> latest = new AtomicReference<>();

    RetryInterceptor(RetryPolicy policy, Duration callTimeout, long maxResponseBytes, Pacer pacer,
            Timing timing, DoubleSupplier jitter) {
        this.policy = policy;
        this.callTimeoutNanos = callTimeout.toNanos();
        this.maxResponseBytes = maxResponseBytes;
        this.pacer = pacer;
        this.timing = timing;
        this.jitter = jitter;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        Call call = chain.call();
        CallState tagged = original.tag(CallState.class);
        CallState state = tagged != null ? tagged : new CallState(timing.nanoTime() + callTimeoutNanos);
        long deadline = state.deadlineNanos();
        while (true) {
            int number = state.nextAttempt();
            int retries = state.retries();
            Attempt attempt = new Attempt(number);
            attempt.earlierMayHaveApplied(state.mayHaveApplied());
            Request request = original.newBuilder().tag(Attempt.class, attempt).build();
            Response response;
            try {
                response = send(chain, request, attempt);
            } catch (IOException failure) {
                if (failure instanceof ResponseTooLargeException) {
                    throw failure;
                }
                state.mayHaveApplied(attempt.sent());
                boolean retry = retries < policy.maxRetries() && mayResend(request.method(), attempt, failure, call)
                        && waited(request, retries + 1, failure, deadline, call);
                if (!retry) {
                    throw number == 1 ? failure : new RetriesExhaustedException(failure, number);
                }
                state.retried();
                pacer.retried(Routes.key(request));
                continue;
            }
            if (retries >= policy.maxRetries() || !retryableStatus(request.method(), response.code())) {
                return response;
            }
            Duration wait = serverWait(response).orElseGet(() -> backoff(retries + 1));
            if (!fits(wait, deadline)) {
                return response;
            }
            // A proxy's 5xx does not say whether Sentry acted.
            state.mayHaveApplied(true);
            response.close();
            logRetry(request, retries + 1, String.valueOf(response.code()), wait);
            timing.sleep(wait, call::isCanceled);
            state.retried();
            pacer.retried(Routes.key(request));
        }
    }

    private void logRetry(Request request, int retry, String cause, Duration wait) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("sentry {} {} got {}; attempt {} of {} in {} ms", request.method(), request.url().encodedPath(),
                    cause, retry + 1, policy.maxRetries() + 1, wait.toMillis());
        }
    }

    /** The latest rate-limit state Sentry reported on any response. */
    Optional<RateLimit> latestRateLimit() {
        return Optional.ofNullable(latest.get());
    }

    /** Whether an answer with {@code status} to {@code method} is worth asking again here (a 429 is paced). */
    static boolean retryableStatus(String method, int status) {
        return IDEMPOTENT.contains(method) && (status == 502 || status == 503 || status == 504);
    }

    /** Whether a request that failed with {@code failure} may be sent again without risking a duplicate write. */
    static boolean mayResend(String method, Attempt attempt, IOException failure, Call call) {
        if (call.isCanceled()) {
            return false;
        }
        if (failure instanceof InterruptedIOException && !(failure instanceof SocketTimeoutException)) {
            return false;
        }
        if (failure instanceof SSLPeerUnverifiedException
                || failure instanceof SSLHandshakeException && failure.getCause() instanceof CertificateException) {
            return false;
        }
        return !attempt.sent() || IDEMPOTENT.contains(method);
    }

    /** A random wait up to the base doubled per retry made, at most the cap (full jitter). */
    Duration backoff(int retry) {
        long cap = policy.backoffCap().toNanos();
        long ceiling = policy.backoffBase().toNanos();
        for (int i = 1; i < retry && ceiling < cap; i++) {
            ceiling *= 2;
        }
        double fraction = Math.max(0, Math.min(1, jitter.getAsDouble()));
        return Duration.ofNanos((long) (fraction * Math.min(ceiling, cap)));
    }

    private Optional<Duration> serverWait(Response response) {
        return RateLimits.retryAfterHeader(response.headers(), timing.clock());
    }

    private boolean fits(Duration wait, long deadline) {
        return Duration.ofNanos(deadline - timing.nanoTime()).compareTo(wait) > 0;
    }

    private boolean waited(Request request, int number, IOException failure, long deadline, Call call)
            throws InterruptedIOException {
        Duration wait = backoff(number);
        if (!fits(wait, deadline)) {
            return false;
        }
        logRetry(request, number, failure.getClass().getSimpleName(), wait);
        timing.sleep(wait, call::isCanceled);
        return true;
    }

    private Response send(Chain chain, Request request, Attempt attempt) throws IOException {
        Response response = attempt.restore(chain.proceed(request));
        Optional<RateLimit> rateLimit = RateLimits.from(response.headers());
        attempt.rateLimit(rateLimit);
        rateLimit.ifPresent(latest::set);
        pacer.observe(Routes.key(request), response.code(), rateLimit, response.code() == 429
                ? RateLimits.retryAfterHeader(response.headers(), timing.clock()) : Optional.empty());
        return buffered(response);
    }

    /**
     * Reads the body into memory and closes the response: a successful body up to the size limit (past it, the
     * call fails), an error body cut at {@link #MAX_ERROR_BODY}.
     */
    private Response buffered(Response response) throws IOException {
        boolean success = response.isSuccessful();
        long limit = success ? maxResponseBytes : MAX_ERROR_BODY;
        ResponseBody body = response.body();
        try (response) {
            if (success && body.contentLength() > limit) {
                throw new ResponseTooLargeException(response.code(), maxResponseBytes);
            }
            BufferedSource source = body.source();
            Buffer buffer = new Buffer();
            long read = 0;
            while (read != -1 && buffer.size() <= limit) {
                read = source.read(buffer, READ_SIZE);
            }
            if (buffer.size() > limit) {
                if (success) {
                    throw new ResponseTooLargeException(response.code(), maxResponseBytes);
                }
                Buffer cut = new Buffer();
                cut.write(buffer, limit);
                buffer = cut;
            }
            // Only an error body is read as text; parsing Content-Type for every success would be wasted.
            return response.newBuilder()
                    .body(ResponseBody.create(buffer, success ? null : body.contentType(), buffer.size()))
                    .build();
        }
    }
}
