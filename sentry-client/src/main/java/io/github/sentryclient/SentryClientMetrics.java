package io.github.sentryclient;

import io.github.sentryclient.internal.http.ClientEvents;
import io.github.sentryclient.internal.http.MicrometerEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Where a client records its metrics, for {@link SentryClient.Builder#metrics(SentryClientMetrics)}. Micrometer
 * ({@code io.micrometer:micrometer-core}) is an optional dependency of the client: add it to use this class; the
 * rest of the client never needs it.
 *
 * <ul>
 *   <li>{@code sentry.client.calls} (timer): each operation's call, tagged {@code operation} and {@code outcome}
 *       ({@code ok} or the exception's simple name, such as {@code SentryRateLimitException}).</li>
 *   <li>{@code sentry.client.rate.limited} (counter): 429 answers, tagged {@code route}
 *       (such as {@code GET issues/{issueId}/}).</li>
 *   <li>{@code sentry.client.retries} (counter): requests sent again after a 5xx or a network failure.</li>
 *   <li>{@code sentry.client.paced.waits} (timer): waits for a route's rate limit before a call is sent.</li>
 *   <li>{@code sentry.client.rate.limit.remaining} (gauge): each route's remaining budget in its window, as Sentry
 *       last reported it, -1 when Sentry reports none.</li>
 * </ul>
 */
public final class SentryClientMetrics {

    private final ClientEvents events;

    private SentryClientMetrics(ClientEvents events) {
        this.events = events;
    }

    /** Metrics recorded in {@code registry}. */
    public static SentryClientMetrics of(MeterRegistry registry) {
        return new SentryClientMetrics(new MicrometerEvents(Objects.requireNonNull(registry, "registry")));
    }

    ClientEvents events() {
        return events;
    }
}
