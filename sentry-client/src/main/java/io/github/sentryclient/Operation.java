package io.github.sentryclient;

import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.internal.http.SentryCall;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One operation, defined once for both facades: what it sends and how its replies become the result. The sync
 * facade runs it with {@link Sender#SYNC} and waits, the async one with {@link Sender#ASYNC}. Building the request
 * (and checking its arguments) happens when it runs, on the caller's thread.
 *
 * @param <R> the result
 */
@FunctionalInterface
interface Operation<R> {

    /** Runs the operation's calls through {@code sender}; the future fails with the typed exception itself. */
    CompletableFuture<R> run(Sender sender);

    /** An operation of one call: {@code request} builds it, {@code finish} reads its reply. */
    static <T, R> Operation<R> call(String name, String subject, Supplier<SentryCall<T>> request,
            Function<Reply<T>, R> finish) {
        return new OneCall<>(name, subject, request, finish);
    }

    /** Runs on the caller's thread and returns the result, or throws the typed exception. */
    default R runSync() {
        try {
            return run(Sender.SYNC).join();
        } catch (CompletionException failure) {
            Throwable cause = unwrap(failure);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    /** Runs without blocking; the future fails with the typed exception itself, not a wrapper. */
    default CompletableFuture<R> runAsync() {
        return unwrapped(run(Sender.ASYNC));
    }

    /** A future that fails with the cause itself rather than a {@link CompletionException} wrapper. */
    static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> stage) {
        if (stage.isDone() && !stage.isCompletedExceptionally()) {
            return stage;
        }
        CompletableFuture<T> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                stage.cancel(mayInterruptIfRunning);
                return super.cancel(mayInterruptIfRunning);
            }
        };
        stage.whenComplete((result, failure) -> {
            if (failure == null) {
                future.complete(result);
            } else {
                future.completeExceptionally(unwrap(failure));
            }
        });
        return future;
    }

    /** The failure inside any {@link CompletionException} or {@link ExecutionException} wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** One call: its async future already fails with the typed exception, so it needs no unwrapping stage. */
    record OneCall<T, R>(String name, String subject, Supplier<SentryCall<T>> request,
            Function<Reply<T>, R> finish) implements Operation<R> {

        @Override
        public CompletableFuture<R> run(Sender sender) {
            return sender.send(name, subject, request.get(), finish);
        }

        @Override
        public CompletableFuture<R> runAsync() {
            return run(Sender.ASYNC);
        }
    }
}
