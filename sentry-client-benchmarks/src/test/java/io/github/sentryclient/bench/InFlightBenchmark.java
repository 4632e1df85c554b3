package io.github.sentryclient.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the async APIs with a fixed number of calls in flight: each invocation waits for a free slot,
 * then starts one call that frees its slot when it completes. A failed call fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InFlightBenchmark {

    @Param({"sentry", "okhttp", "jdk"})
    public String contender;

    @Param("64")
    public int inFlight;

    /**
     * The concurrent limit the server reports. 100 does not bind at 64 in flight, as with a self-hosted Sentry
     * (no limit); at sentry.io's 25 the client holds 25 calls in flight and queues the rest, as Sentry asks.
     */
    @Param("100")
    public int concurrentLimit;

    private BenchServer server;
    private Contender client;
    private Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private BiConsumer<Object, Throwable> done;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = BenchServer.start(concurrentLimit);
        client = Contender.create(contender, server.baseUrl());
        client.getIssue();
        slots = new Semaphore(inFlight);
        done = (result, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
            slots.release();
        };
    }

    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        slots.acquire(inFlight);
        slots.release(inFlight);
        Throwable error = failure.get();
        if (error != null) {
            throw new IllegalStateException("a call failed", error);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public void getIssue() throws InterruptedException {
        start(client::getIssueAsync);
    }

    @Benchmark
    public void updateIssueStatus() throws InterruptedException {
        start(client::updateIssueStatusAsync);
    }

    @Benchmark
    public void addComment() throws InterruptedException {
        start(client::addCommentAsync);
    }

    private void start(Supplier<CompletableFuture<?>> call) throws InterruptedException {
        slots.acquire();
        call.get().whenComplete(done);
    }
}
