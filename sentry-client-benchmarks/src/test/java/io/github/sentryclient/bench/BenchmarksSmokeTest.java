package io.github.sentryclient.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Keeps the benchmarks from rotting: each runs once, very briefly, in this JVM; the server answers correctly. */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOnce() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BenchmarksSmokeTest.class.getPackageName().replace(".", "\\.") + "\\.")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(20))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(60))
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        // 3 operations x 4 contenders, 3 x 3 in flight, 2 server runs, 5 pieces of a call.
        assertThat(results).hasSize(12 + 9 + 2 + 5);
        assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }

    /** The runnable jar and the launcher, as built by this reactor, answer {@code issue get} as processes. */
    @ParameterizedTest
    @ValueSource(strings = {"java -jar", "bin/sentry-client"})
    void theCommandLineStartsAsAProgram(String way) throws Exception {
        CliColdStart cli = new CliColdStart(Paths.get(System.getProperty("bench.cliDir", "../sentry-client-cli")));
        try (BenchServer server = BenchServer.start()) {
            assertThat(cli.run(way, server.baseUrl())).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sentry", "sentry-async", "okhttp", "okhttp-logbook", "jdk"})
    void everyContenderReadsAndWritesTheSameData(String name) throws Exception {
        try (BenchServer server = BenchServer.start(); Contender contender = Contender.create(name, server.baseUrl())) {
            Issue issue = issue(contender.getIssue());
            assertThat(issue.id()).isEqualTo(Contender.ISSUE_ID);
            assertThat(issue.status()).isEqualTo(IssueStatus.UNRESOLVED);
            assertThat(issue(contender.updateIssueStatus()).status()).isEqualTo(IssueStatus.RESOLVED);
            assertThat(issue(contender.getIssueAsync().get()).shortId()).isEqualTo("PUMP-STATION-1A");
            assertThat(issue(contender.updateIssueStatusAsync().get()).status()).isEqualTo(IssueStatus.RESOLVED);
            for (Object comment : List.of(contender.addComment(), contender.addCommentAsync().get())) {
                assertThat(unwrap(comment)).isInstanceOfSatisfying(Comment.class,
                        c -> assertThat(c.text()).isEqualTo(Contender.COMMENT));
            }
        }
    }

    @Test
    void coldStartReadsTheIssueInThisJvm() throws Exception {
        try (BenchServer server = BenchServer.start()) {
            assertThat(issue(ColdStart.firstResult("okhttp", server.baseUrl())).id()).isEqualTo(Contender.ISSUE_ID);
        }
    }

    @Test
    void serverAnswersPipelinedRequestsAndUnknownRoutes() throws Exception {
        try (BenchServer server = BenchServer.start(); Socket socket = new Socket("127.0.0.1", server.port())) {
            String get = "GET " + BenchServer.ISSUE_PATH + " HTTP/1.1\r\nHost: x\r\n\r\n";
            String post = "POST " + BenchServer.COMMENTS_PATH + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
            String missing = "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write((get + post + missing).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] issue = server.issueResponse();
            byte[] comment = server.commentResponse();
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(issue.length)).isEqualTo(issue);
            assertThat(in.readNBytes(comment.length)).isEqualTo(comment);
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 404");
            assertThat(issue.length - new String(issue, StandardCharsets.US_ASCII).indexOf("\r\n\r\n"))
                    .as("the issue body is about 2 KB").isBetween(1500, 3000);
        }
    }

    @Test
    void theThreadProfilerSplitsTheCpuByGroupOfThreads() throws Exception {
        RunResult result = new Runner(new OptionsBuilder()
                .include(ClientBenchmark.class.getName().replace(".", "\\.") + "\\.getIssue$")
                .param("contender", "okhttp")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(20))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .addProfiler(ThreadCpuProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).runSingle();

        Map<String, Result> figures = result.getSecondaryResults();
        assertThat(figures.get("cpu.time.norm").getScore()).as("the process's CPU per call")
                .isGreaterThanOrEqualTo(figures.get("threads.caller.cpu").getScore());
        for (String group : ThreadCpuProfiler.GROUPS) {
            assertThat(figures).containsKeys("threads." + group + ".cpu", "threads." + group + ".sys");
        }
        assertThat(figures.get("threads.caller.cpu").getScore()).as("the caller's CPU per call").isPositive();
        assertThat(figures.get("threads.caller.sys").getScore())
                .isLessThanOrEqualTo(figures.get("threads.caller.cpu").getScore());
        assertThat(ThreadCpuProfiler.group("OkHttp Dispatcher")).isEqualTo("dispatcher");
        assertThat(ThreadCpuProfiler.group("Okio Watchdog")).isEqualTo("watchdog");
        assertThat(ThreadCpuProfiler.group("OkHttp TaskRunner")).isEqualTo("pool");
        assertThat(ThreadCpuProfiler.group("main")).isEqualTo("other");
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(BenchMain.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(BenchMain.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    }

    private static Issue issue(Object result) {
        return (Issue) unwrap(result);
    }

    private static Object unwrap(Object result) {
        return result instanceof SentryResponse<?> response ? response.data() : result;
    }
}
