package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import io.github.sentryclient.RetryPolicy;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry rules one by one, without a server. */
class RetryInterceptorTest {

    private static final Request GET = new Request.Builder().url("https://sentry.io/api/0/x/").build();
    private static final OkHttpClient OK_HTTP = new OkHttpClient();

    @ParameterizedTest(name = "{0} answered {1}: retry {2}")
    @CsvSource({
        "GET, 429, false", "GET, 502, true", "GET, 503, true", "GET, 504, true", "GET, 500, false",
        "GET, 404, false", "PUT, 503, true", "DELETE, 502, true", "POST, 429, false", "POST, 502, false",
        "POST, 503, false", "POST, 504, false", "POST, 500, false", "PUT, 400, false"})
    void retryableStatus(String method, int status, boolean retry) {
        assertThat(RetryInterceptor.retryableStatus(method, status)).isEqualTo(retry);
    }

    @Test
    void aRequestThatNeverLeftMayBeResentWhateverTheMethod() {
        Attempt notSent = new Attempt(1);
        assertThat(RetryInterceptor.mayResend("POST", notSent, new ConnectException("refused"), call())).isTrue();
        assertThat(RetryInterceptor.mayResend("POST", notSent, new SocketTimeoutException("connect timed out"),
                call())).isTrue();
    }

    @Test
    void aSentRequestMayBeResentOnlyWhenIdempotent() {
        Attempt sent = new Attempt(1);
        sent.markSent();
        assertThat(RetryInterceptor.mayResend("POST", sent, new IOException("unexpected end of stream"), call()))
                .isFalse();
        assertThat(RetryInterceptor.mayResend("POST", sent, new SocketTimeoutException("timeout"), call()))
                .isFalse();
        assertThat(RetryInterceptor.mayResend("GET", sent, new SocketTimeoutException("timeout"), call())).isTrue();
        assertThat(RetryInterceptor.mayResend("PUT", sent, new IOException("reset"), call())).isTrue();
    }

    @Test
    void deadlinesCancellationsAndCertificateProblemsAreFinal() {
        Attempt notSent = new Attempt(1);
        assertThat(RetryInterceptor.mayResend("GET", notSent, new InterruptedIOException("timeout"), call()))
                .isFalse();
        Call canceled = call();
        canceled.cancel();
        assertThat(RetryInterceptor.mayResend("GET", notSent, new IOException("Canceled"), canceled)).isFalse();
        assertThat(RetryInterceptor.mayResend("GET", notSent, new SSLPeerUnverifiedException("pin"), call()))
                .isFalse();
        SSLHandshakeException badCertificate = new SSLHandshakeException("untrusted");
        badCertificate.initCause(new CertificateException("expired"));
        assertThat(RetryInterceptor.mayResend("GET", notSent, badCertificate, call())).isFalse();
        assertThat(RetryInterceptor.mayResend("GET", notSent, new SSLHandshakeException("reset"), call())).isTrue();
    }

    @Test
    void backoffDoublesUpToTheCapWithFullJitter() {
        RetryPolicy policy = RetryPolicy.builder().backoffBase(Duration.ofMillis(500))
                .backoffCap(Duration.ofSeconds(8)).build();
        RetryInterceptor most = interceptor(policy, () -> 1.0);
        assertThat(most.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(most.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(most.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(most.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(most.backoff(10)).isEqualTo(Duration.ofSeconds(8));
        assertThat(interceptor(policy, () -> 0.25).backoff(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(interceptor(policy, () -> 0.0).backoff(4)).isEqualTo(Duration.ZERO);
        assertThat(interceptor(policy, () -> 7.0).backoff(1)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aHeldRetryAfterIsPutBack() {
        Attempt attempt = new Attempt(2);
        Response response = response(503, null);
        assertThat(attempt.restore(response)).isSameAs(response);
        attempt.holdRetryAfter("7");
        assertThat(attempt.restore(response).header("Retry-After")).isEqualTo("7");
        assertThat(attempt.restore(response(503, "3")).header("Retry-After")).isEqualTo("3");
        attempt.markSent();
        assertThat(attempt.restore(response)).isSameAs(response);
        assertThat(attempt.number()).isEqualTo(2);
    }

    @Test
    void redirectsAreNotFollowedFromHttpsToHttpOrWithoutLocation() {
        assertThat(RedirectInterceptor.target(response(302, null))).isNull();
        Response downgrade = response(302, null).newBuilder().header("Location", "http://sentry.io/x/").build();
        assertThat(RedirectInterceptor.target(downgrade)).isNull();
        Response relative = response(301, null).newBuilder().header("Location", "/y/").build();
        assertThat(RedirectInterceptor.target(relative)).hasToString("https://sentry.io/y/");
        assertThat(RedirectInterceptor.target(response(200, null))).isNull();
    }

    @Test
    void theTokenGoesToTheConfiguredOriginOnly() {
        HttpUrl origin = HttpUrl.get("https://sentry.io/api/0/");
        assertThat(HeadersInterceptor.sameOrigin(HttpUrl.get("https://sentry.io/other"), origin)).isTrue();
        assertThat(HeadersInterceptor.sameOrigin(HttpUrl.get("http://sentry.io/api/0/"), origin)).isFalse();
        assertThat(HeadersInterceptor.sameOrigin(HttpUrl.get("https://sentry.io:8443/api/0/"), origin)).isFalse();
        assertThat(HeadersInterceptor.sameOrigin(HttpUrl.get("https://de.sentry.io/api/0/"), origin)).isFalse();
    }

    @Test
    void theLastOfSeveralTransportFailuresNamesTheAttempts() {
        ErrorMapping errors = new ErrorMapping(java.time.Clock.systemUTC(), "token");

        assertThat(errors.failure(new RetriesExhaustedException(new IOException("reset"), 3), GET))
                .isInstanceOf(SentryTransportException.class)
                .hasMessageEndingWith("(after 3 attempts)")
                .extracting(e -> ((SentryTransportException) e).statusCode()).isEqualTo(0);
        assertThat(errors.failure(new IOException("reset"), GET))
                .hasMessageNotContaining("attempts");
    }

    @Test
    void aSuccessfulAnswerWhoseBodyCannotBeReadKeepsItsStatus() {
        ErrorMapping errors = new ErrorMapping(java.time.Clock.systemUTC(), "token");
        Response ok = new Response.Builder().request(GET).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .header("X-Request-Id", "abc").build();

        assertThat(errors.unreadableBody(ok, new JsonParseException(null, "Unexpected character '<'")))
                .isInstanceOf(SentryResponseException.class)
                .hasMessageContaining("(200) is not the expected JSON")
                .satisfies(e -> {
                    assertThat(((SentryResponseException) e).statusCode()).isEqualTo(200);
                    assertThat(((SentryResponseException) e).headers())
                            .containsEntry("x-request-id", java.util.List.of("abc"));
                });
    }

    @Test
    void systemTimingStopsWaitingForACanceledOrInterruptedCall() throws InterruptedIOException {
        Timing timing = Timing.system();
        assertThat(timing.clock().instant()).isNotNull();
        assertThat(timing.nanoTime()).isPositive();
        timing.sleep(Duration.ZERO, call()::isCanceled);
        timing.sleep(Duration.ofMillis(1), call()::isCanceled);
        Call canceled = call();
        canceled.cancel();
        assertThatThrownBy(() -> timing.sleep(Duration.ofSeconds(30), canceled::isCanceled))
                .isInstanceOf(InterruptedIOException.class);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> timing.sleep(Duration.ofSeconds(30), call()::isCanceled))
                .isInstanceOf(InterruptedIOException.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    private static RetryInterceptor interceptor(RetryPolicy policy, java.util.function.DoubleSupplier jitter) {
        FakeTiming timing = new FakeTiming();
        return new RetryInterceptor(policy, Duration.ofSeconds(60), 1024, new Pacer(timing, ClientEvents.NONE), timing,
                jitter);
    }

    private static Call call() {
        return OK_HTTP.newCall(GET);
    }

    private static Response response(int code, String retryAfter) {
        Response.Builder response = new Response.Builder().request(GET).protocol(Protocol.HTTP_1_1).code(code)
                .message("status");
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return response.build();
    }
}
