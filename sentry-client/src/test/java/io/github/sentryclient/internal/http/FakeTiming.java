package io.github.sentryclient.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Time that only moves when a retry or a paced call waits: waits are recorded and return at once. */
public final class FakeTiming implements Timing {

    /** The wall-clock time at fake time zero. */
    public static final Instant EPOCH = Instant.parse("2026-03-01T12:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Clock clock() {
        return Clock.fixed(now(), ZoneOffset.UTC);
    }

    /** The fake wall-clock time now. */
    public Instant now() {
        return EPOCH.plusNanos(nanos.get());
    }

    @Override
    public void sleep(Duration duration, BooleanSupplier canceled) {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        nanos.addAndGet(duration.toNanos());
    }

    /** Records the wait like a sleep, moves the time on and runs the task at once. */
    @Override
    public void schedule(Runnable task, Duration delay) {
        sleep(delay, () -> false);
        task.run();
    }

    /** The waits so far, in order. */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }
}
