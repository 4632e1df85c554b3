package io.github.sentryclient.internal.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The client's metrics in a Micrometer registry. Loaded only when the application passes a registry, so that the
 * client needs Micrometer on the class path only then.
 *
 * <ul>
 *   <li>{@code sentry.client.calls} (timer): per {@code operation} and {@code outcome} ({@code ok} or the
 *       exception's simple name).</li>
 *   <li>{@code sentry.client.rate.limited} (counter): 429 answers, per {@code route}.</li>
 *   <li>{@code sentry.client.retries} (counter): requests sent again after a 5xx or a network failure.</li>
 *   <li>{@code sentry.client.paced.waits} (timer): waits for a route's rate limit before sending.</li>
 *   <li>{@code sentry.client.rate.limit.remaining} (gauge): each route's remaining budget, -1 when unknown.</li>
 * </ul>
 */
public final class MicrometerEvents implements ClientEvents {

    private final MeterRegistry registry;

    /** Metrics in {@code registry}. */
    public MicrometerEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void callEnded(String operation, String outcome, long nanos) {
        Timer.builder("sentry.client.calls").description("Calls to Sentry by operation and outcome")
                .tag("operation", operation).tag("outcome", outcome).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void rateLimited(String route) {
        Counter.builder("sentry.client.rate.limited").description("Answers 429 from Sentry's rate limiter")
                .tag("route", route).register(registry).increment();
    }

    @Override
    public void retried(String route) {
        Counter.builder("sentry.client.retries").description("Requests sent again after a 5xx or network failure")
                .tag("route", route).register(registry).increment();
    }

    @Override
    public void pacedWait(String route, long millis) {
        Timer.builder("sentry.client.paced.waits").description("Waits for a route's rate limit before sending")
                .tag("route", route).register(registry).record(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void routeSeen(String route, IntSupplier remaining) {
        Gauge.builder("sentry.client.rate.limit.remaining", remaining, IntSupplier::getAsInt)
                .description("The route's remaining budget in its window, as Sentry last reported it")
                .tag("route", route).register(registry);
    }
}
