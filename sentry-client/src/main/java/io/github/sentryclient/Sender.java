package io.github.sentryclient;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.internal.http.SentryCall;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an operation's calls go out: {@link #SYNC} on the caller's thread, {@link #ASYNC} without blocking. Both
 * give a future, so that every operation is written once; both log one DEBUG line per call.
 */
abstract class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(SentryClient.class);

    /** Sends on the caller's thread; the future it gives is already complete. */
    static final Sender SYNC = new Sender() {
        @Override
        <T, R> CompletableFuture<R> send(String operation, String subject, SentryCall<T> call,
                Function<Reply<T>, R> finish) {
            long start = System.nanoTime();
            Reply<T> reply;
            try {
                reply = call.execute();
            } catch (SentryClientException failure) {
                log(call, operation, subject, failure.statusCode(), start, failure);
                return CompletableFuture.failedFuture(failure);
            }
            log(call, operation, subject, reply.statusCode(), start, null);
            try {
                return CompletableFuture.completedFuture(finish.apply(reply));
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
        }
    };

    /** Sends without blocking; the future completes on the HTTP client's threads. */
    static final Sender ASYNC = new Sender() {
        @Override
        <T, R> CompletableFuture<R> send(String operation, String subject, SentryCall<T> call,
                Function<Reply<T>, R> finish) {
            long start = System.nanoTime();
            return call.enqueue(reply -> {
                log(call, operation, subject, reply.statusCode(), start, null);
                return finish.apply(reply);
            }, failure -> log(call, operation, subject, failure.statusCode(), start, failure));
        }
    };

    /**
     * Sends {@code call} for {@code operation} and turns its reply into the operation's result with
     * {@code finish}; the future fails with the typed exception itself.
     *
     * @param operation the operation's name, for the log
     * @param subject the issue the call is about, or empty, for the log
     */
    abstract <T, R> CompletableFuture<R> send(String operation, String subject, SentryCall<T> call,
            Function<Reply<T>, R> finish);

    private static void log(SentryCall<?> call, String operation, String subject, int status, long startNanos,
            SentryClientException failure) {
        call.ended(operation, failure == null ? "ok" : failure.getClass().getSimpleName(),
                System.nanoTime() - startNanos);
        if (!LOG.isDebugEnabled()) {
            return;
        }
        LOG.atDebug()
                .addKeyValue("operation", operation)
                .addKeyValue("issueId", subject)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", (System.nanoTime() - startNanos) / 1_000_000)
                .addKeyValue("outcome", failure == null ? "ok" : failure.getClass().getSimpleName())
                .log("sentry {} {}", operation, failure == null ? "ok" : "failed");
    }
}
