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
    private final ObjectReader reader;
    private final ErrorMapping errors;

    SentryCall(Call<ResponseBody> call, ObjectReader reader, ErrorMapping errors) {
        this.call = call;
        this.reader = reader;
        this.errors = errors;
    }

    /** The request this call sends. */
    public Request request() {
        return call.request();
    }

    /**
     * Sends the request and waits for the answer.
     *
     * @throws SentryClientException the typed failure
     */
    public Reply<T> execute() {
        Response<ResponseBody> response;
        try {
            response = call.execute();
        } catch (IOException | RuntimeException e) {
            throw errors.failure(e, request());
        }
        return read(response);
    }

    /**
     * Sends the request without blocking and completes the future with {@code finish} applied to the reply, or
     * with the typed exception itself (which {@code onFailure} sees first). Cancelling the future cancels the
     * request.
     */
    public <R> CompletableFuture<R> enqueue(Function<Reply<T>, R> finish,
            Consumer<SentryClientException> onFailure) {
        CompletableFuture<R> future = new CallFuture<>(call);
        call.enqueue(new Callback<ResponseBody>() {
            @Override
            public void onResponse(Call<ResponseBody> c, Response<ResponseBody> response) {
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
                SentryClientException failure = errors.failure(t, request());
                onFailure.accept(failure);
                future.completeExceptionally(failure);
            }
        });
        return future;
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
}
