package io.github.sentryclient;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.internal.http.HttpFailures;
import io.github.sentryclient.internal.http.RateLimits;
import io.github.sentryclient.model.RateLimit;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.Headers;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Sends Retrofit calls, sync or async, and turns their outcome into a {@link SentryResponse} or the typed
 * exception; logs one line per call. Sync and async share everything but the sending.
 */
final class Calls {

    private static final Logger LOG = LoggerFactory.getLogger(SentryClient.class);

    private Calls() {
    }

    /** A successful exchange: the body (null for 204), the status, the headers and their rate-limit state. */
    record Reply<T>(T body, int statusCode, Headers headers, Request request, Optional<RateLimit> rateLimit) {

        static <T> Reply<T> of(Response<T> response, Request request) {
            return new Reply<>(response.body(), response.code(), response.headers(), request,
                    RateLimits.of(response.raw()));
        }

        T requireBody() {
            if (body == null) {
                throw HttpFailures.emptyBody(request, statusCode);
            }
            return body;
        }

        <R> SentryResponse<R> respond(String message, R data) {
            return SentryResponse.of(message, data, statusCode, rateLimit);
        }
    }

    /** Turns a reply into the operation's result; may throw a {@link SentryClientException}. */
    @FunctionalInterface
    interface Finisher<T, R> {
        R finish(Reply<T> reply);
    }

    static <T, R> R execute(String operation, String issueId, Call<T> call, Finisher<T, R> finisher) {
        long start = System.nanoTime();
        Request request = call.request();
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            SentryClientException failure = HttpFailures.toSentryException(e, request);
            log(operation, issueId, failure.statusCode(), start, failure);
            throw failure;
        }
        log(operation, issueId, response.code(), start, null);
        return finisher.finish(Reply.of(response, request));
    }

    static <T, R> CompletableFuture<R> enqueue(String operation, String issueId, Call<T> call,
            Finisher<T, R> finisher) {
        long start = System.nanoTime();
        Request request = call.request();
        CompletableFuture<R> future = new CallFuture<>(call);
        call.enqueue(new Callback<T>() {
            @Override
            public void onResponse(Call<T> c, Response<T> response) {
                log(operation, issueId, response.code(), start, null);
                try {
                    future.complete(finisher.finish(Reply.of(response, request)));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call<T> c, Throwable t) {
                SentryClientException failure = toSentryException(t, request);
                log(operation, issueId, failure.statusCode(), start, failure);
                future.completeExceptionally(failure);
            }
        });
        return future;
    }

    /**
     * A future that cancels its HTTP call when it is cancelled, rather than every future carrying a completion
     * stage only to watch for cancellation (a cost that showed in profiles with many calls in flight).
     */
    private static final class CallFuture<R> extends CompletableFuture<R> {

        private final Call<?> call;

        CallFuture(Call<?> call) {
            this.call = call;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                call.cancel();
            }
            return cancelled;
        }
    }

    /**
     * A future that fails with the typed exception itself rather than a {@link CompletionException} wrapper, as
     * composed stages would otherwise report it.
     */
    static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> stage) {
        CompletableFuture<T> future = new CompletableFuture<>();
        stage.whenComplete((result, failure) -> {
            if (failure == null) {
                future.complete(result);
            } else {
                future.completeExceptionally(unwrap(failure));
            }
        });
        return future;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static SentryClientException toSentryException(Throwable failure, Request request) {
        if (failure instanceof SentryClientException typed) {
            return typed;
        }
        if (failure instanceof IOException io) {
            return HttpFailures.toSentryException(io, request);
        }
        return new SentryClientException("Unexpected failure of " + request.method() + " "
                + request.url().encodedPath() + ": " + failure, 0, "", request.method(),
                request.url().encodedPath(), failure);
    }

    private static void log(String operation, String issueId, int status, long startNanos,
            SentryClientException failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        LOG.atDebug()
                .addKeyValue("operation", operation)
                .addKeyValue("issueId", issueId)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", (System.nanoTime() - startNanos) / 1_000_000)
                .addKeyValue("outcome", failure == null ? "ok" : failure.getClass().getSimpleName())
                .log("sentry {} {}", operation, failure == null ? "ok" : "failed");
    }
}
