package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.sentryclient.error.SentryClientException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One request to Sentry, as {@link io.github.sentryclient.internal.api.SentryApi} returns it: sent once, sync or
 * async, it gives a {@link Reply} or the typed exception. This is where an answer is read: the status and the
 * error body become the exception, and a successful body becomes {@code T}, so that a body that cannot be read
 * still reports the status it arrived with.
 *
 * @param <T> the type of the body, {@link Void} for none
 */
public final class SentryCall<T> {

    private final Call<ResponseBody> call;
    private final String route;
    private final ObjectReader reader;
    private final ErrorMapping errors;
    private final Pacing pacing;

    SentryCall(Call<ResponseBody> call, String route, ObjectReader reader, ErrorMapping errors, Pacing pacing) {
        this.call = call;
        // A call to any route (no template in its annotation) is paced by its path, ids as placeholders.
        this.route = route.endsWith(" ") ? Routes.generic(call.request()) : route;
        this.reader = reader;
        this.errors = errors;
        this.pacing = pacing;
    }

    /**
     * The pacer of the call's client, its clocks, its deadline, and whether a 429 is waited out (not with
     * {@code RetryPolicy.none()}).
     */
    record Pacing(Pacer pacer, Timing timing, long callTimeoutNanos, boolean waitOutRateLimit) {
    }

    /** Tells the client's metrics how the operation this call belongs to ended. */
    public void ended(String operation, String outcome, long nanos) {
        pacing.pacer().events().callEnded(operation, outcome, nanos);
    }

    /** The request this call sends (built from a copy, so that the call itself is still unsent). */
    public Request request() {
        return call.clone().request();
    }

    /**
     * Sends the request and waits for the answer.
     *
     * @throws SentryClientException the typed failure
     */
    public Reply<T> execute() {
        long deadline = pacing.timing().nanoTime() + pacing.callTimeoutNanos();
        CallState state = new CallState(deadline);
        Call<ResponseBody> current = call;
        while (true) {
            Response<ResponseBody> response;
            try {
                Pacer.Permit permit = pacing.pacer().acquire(route, deadline, current::isCanceled);
                CallState previous = state.enter();
                try {
                    response = current.execute();
                } finally {
                    CallState.leave(previous);
                    pacing.pacer().release(permit);
                }
            } catch (IOException | RuntimeException e) {
                throw errors.failure(e, request());
            }
            if (!paceAgain(response, route, deadline)) {
                return read(response);
            }
            current = current.clone();
        }
    }

    /**
     * Whether an answer is a 429 that the call waits out: Sentry refused the request before doing anything, so it
     * goes again at the route's next slot, if that comes before the deadline. It does not use up the retries.
     */
    private boolean paceAgain(Response<ResponseBody> response, String route, long deadline) {
        if (response.code() != 429 || !pacing.waitOutRateLimit() || !pacing.pacer().fitsAfterLimit(route, deadline)) {
            return false;
        }
        response.errorBody().close();
        return true;
    }

    /**
     * Sends the request without blocking and completes the future with {@code finish} applied to the reply, or
     * with the typed exception itself (which {@code onFailure} sees first). Cancelling the future cancels the
     * request.
     */
    public <R> CompletableFuture<R> enqueue(Function<Reply<T>, R> finish,
            Consumer<SentryClientException> onFailure) {
        CallFuture<R> future = new CallFuture<>();
        long deadline = pacing.timing().nanoTime() + pacing.callTimeoutNanos();
        send(call, new CallState(deadline), future, finish, onFailure);
        return future;
    }

    /** Waits for a slot on the route without a thread, then sends {@code current}; a 429 comes back here. */
    private <R> void send(Call<ResponseBody> current, CallState state, CallFuture<R> future,
            Function<Reply<T>, R> finish, Consumer<SentryClientException> onFailure) {
        long deadline = state.deadlineNanos();
        CompletableFuture<Pacer.Permit> admitted = pacing.pacer().acquireAsync(route, deadline);
        future.onCancel(() -> admitted.cancel(false));
        admitted.whenComplete((permit, waitFailed) -> {
            if (waitFailed != null) {
                fail(future, waitFailed instanceof java.util.concurrent.CompletionException wrapped
                        ? wrapped.getCause() : waitFailed, onFailure);
                return;
            }
            if (future.isDone()) {
                pacing.pacer().release(permit);
                return;
            }
            future.onCancel(current::cancel);
            CallState previous = state.enter();
            try {
                enqueue(current, state, permit, future, finish, onFailure);
            } finally {
                CallState.leave(previous);
            }
        });
    }

    private <R> void enqueue(Call<ResponseBody> current, CallState state, Pacer.Permit permit, CallFuture<R> future,
            Function<Reply<T>, R> finish, Consumer<SentryClientException> onFailure) {
        current.enqueue(new Callback<ResponseBody>() {
            @Override
            public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
                pacing.pacer().release(permit);
                if (!future.isDone() && paceAgain(response, route, state.deadlineNanos())) {
                    send(current.clone(), state, future, finish, onFailure);
                    return;
                }
                Reply<T> reply;
                try {
                    reply = read(response);
                } catch (SentryClientException failure) {
                    onFailure.accept(failure);
                    future.completeExceptionally(failure);
                    return;
                }
                try {
                    future.complete(finish.apply(reply));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call<ResponseBody> c, Throwable t) {
                pacing.pacer().release(permit);
                fail(future, t, onFailure);
            }
        });
    }

    private void fail(CompletableFuture<?> future, Throwable cause, Consumer<SentryClientException> onFailure) {
        SentryClientException failure = errors.failure(cause, request());
        onFailure.accept(failure);
        future.completeExceptionally(failure);
    }

    private Reply<T> read(Response<ResponseBody> response) {
        okhttp3.Response raw = response.raw();
        if (!response.isSuccessful()) {
            if (goneAfterRetry(raw)) {
                response.errorBody().close();
                return new Reply<>(null, raw.code(), raw.headers(), raw.request(), RateLimits.of(raw));
            }
            throw errors.fromResponse(raw, response.errorBody());
        }
        T body = null;
        try (ResponseBody content = response.body()) {
            if (reader != null && content != null && content.contentLength() != 0) {
                body = reader.readValue(content.byteStream());
            }
        } catch (IOException unreadable) {
            throw errors.unreadableBody(raw, unreadable);
        }
        return new Reply<>(body, response.code(), response.headers(), raw.request(), RateLimits.of(raw));
    }

    /**
     * A {@code DELETE} answered 404 after an earlier attempt that may have been applied: the thing is gone, most
     * likely deleted by that attempt, so the reply (status 404) goes to the operation rather than a
     * "not found" exception. Any other 404 is an error.
     */
    private static boolean goneAfterRetry(okhttp3.Response raw) {
        Attempt attempt = raw.request().tag(Attempt.class);
        return raw.code() == 404 && "DELETE".equals(raw.request().method()) && attempt != null
                && attempt.earlierMayHaveApplied();
    }

    /**
     * A future that, when cancelled, ends what its call is doing: the wait for a slot or the HTTP call, rather than
     * every future carrying a completion stage only to watch for cancellation (a cost that showed in profiles with
     * many calls in flight).
     */
    private static final class CallFuture<R> extends CompletableFuture<R> {

        private volatile Runnable canceller = () -> { };

        void onCancel(Runnable action) {
            canceller = action;
            if (isCancelled()) {
                action.run();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                canceller.run();
            }
            return cancelled;
        }
    }
}
