package io.github.sentryclient.bench;

import java.util.concurrent.TimeUnit;
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
 * One call at a time (one in flight) against the loopback {@link BenchServer}: latency with
 * {@code -bm sample}, throughput with {@code -bm thrpt}, allocation with {@code -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ClientBenchmark {

    @Param({"sentry", "sentry-async", "okhttp", "jdk"})
    public String contender;

    private BenchServer server;
    private Contender client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = BenchServer.start();
        client = Contender.create(contender, server.baseUrl());
        // One call of each kind before measuring, so a broken contender fails at once.
        client.getIssue();
        client.updateIssueStatus();
        client.addComment();
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public Object getIssue() throws Exception {
        return client.getIssue();
    }

    @Benchmark
    public Object updateIssueStatus() throws Exception {
        return client.updateIssueStatus();
    }

    @Benchmark
    public Object addComment() throws Exception {
        return client.addComment();
    }
}
