package io.github.sentryclient.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this package and writes {@code target/bench/results.md} (ratios to raw OkHttp + Jackson
 * from the same run) next to JMH's JSON files. Run it with {@code mvn -B -Pbench verify}; see BENCHMARKS.md.
 *
 * <p>Settings (system properties, or arguments {@code key=value} without the {@code bench.} prefix):
 * {@code bench.rounds} (default 3: each round runs every contender once, in one fresh fork; figures are medians
 * over rounds and ratios are taken within a round, so that load from elsewhere hits every contender alike),
 * {@code bench.warmup} and {@code bench.iterations} (iterations of 1 s, default 3 and 4), {@code bench.coldRuns}
 * (default 7), {@code bench.out} (default {@code target/bench}), {@code bench.only} (comma-separated steps: server,
 * latency, throughput, inflight, threads, work, logging, cold, cli, ratelimit), {@code bench.cliDir} (the command
 * line's module, for the {@code cli} step).
 */
public final class BenchMain {

    private static final String FLOOR = "okhttp";
    /** Every benchmark JVM logs through Logback, as configured by one of these resources. */
    private static final String QUIET_LOGGING = "bench/logback-quiet.xml";
    private static final String TRACE_LOGGING = "bench/logback-trace.xml";

    private static final String CPU = "cpu.time.norm";
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int iterations = Integer.getInteger("bench.iterations", 4);
    private final int coldRuns = Integer.getInteger("bench.coldRuns", 7);
    private final Path out = Paths.get(System.getProperty("bench.out", "target/bench"));
    private final List<String> only = List.of(System.getProperty("bench.only",
            "server,latency,throughput,inflight,threads,work,logging,cold,cli,ratelimit").split(","));
    private final StringBuilder report = new StringBuilder();

    private BenchMain() {
    }

    /** Runs the benchmarks; arguments {@code key=value} set the {@code bench.key} properties. */
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("arguments are key=value, such as forks=1; got '" + arg + "'");
            }
            System.setProperty("bench." + arg.substring(0, equals), arg.substring(equals + 1));
        }
        new BenchMain().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        report.append("# Benchmark results\n\n")
                .append("- Started: ").append(Instant.now()).append('\n')
                .append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.vm.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("), ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append('\n')
                .append("- JMH: ").append(rounds).append(" rounds of one fork x (").append(warmup).append(" warmup + ")
                .append(iterations).append(" measured) iterations of 1 s\n");
        if (only.contains("server")) {
            server();
        }
        if (only.contains("latency")) {
            latency();
        }
        if (only.contains("throughput")) {
            throughput();
        }
        if (only.contains("inflight")) {
            inFlight();
        }
        if (only.contains("threads")) {
            threads();
        }
        if (only.contains("work")) {
            work();
        }
        if (only.contains("logging")) {
            logging();
        }
        if (only.contains("cold")) {
            coldStart();
        }
        if (only.contains("cli")) {
            cliColdStart();
        }
        if (only.contains("ratelimit")) {
            rateLimits();
        }
        report.append("\n- Finished: ").append(Instant.now()).append(", load ").append(load()).append('\n');
        Path file = out.resolve("results.md");
        Files.writeString(file, report.toString());
        System.out.println(report);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private void server() throws RunnerException {
        section("Benchmark server alone (raw-socket client, GET issue)");
        List<Collection<RunResult>> results = rounds("server", options(ServerBenchmark.class.getName())
                .addProfiler(GCProfiler.class));
        report.append("| client | requests/s | CPU us/request (whole JVM) | B/request (whole JVM) |\n")
                .append("|---|---:|---:|---:|\n");
        for (String method : operations(results.get(0))) {
            report.append("| raw socket, ").append(method).append(" | ")
                    .append(number(acrossRounds(results, method, null, BenchMain::medianScore))).append(" | ")
                    .append(number(acrossRounds(results, method, null, r -> medianSecondary(r, CPU)))).append(" | ")
                    .append(number(acrossRounds(results, method, null, r -> medianSecondary(r, ALLOC))))
                    .append(" |\n");
        }
    }

    private void latency() throws RunnerException {
        section("Latency, one call at a time (JMH SampleTime), CPU and allocation per call");
        List<Collection<RunResult>> results = rounds("latency", options(ClientBenchmark.class.getName())
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .addProfiler(GCProfiler.class));
        report.append("| operation | contender | median us | x okhttp | p99 us | x okhttp | CPU us/call | x okhttp"
                + " | B/call | x okhttp |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String operation : operations(results.get(0))) {
            for (String contender : byContender(results.get(0), operation).keySet()) {
                report.append("| ").append(operation).append(" | ").append(contender)
                        .append(cells(results, operation, contender, r -> percentile(r, 50)))
                        .append(cells(results, operation, contender, r -> percentile(r, 99)))
                        .append(cells(results, operation, contender, r -> medianSecondary(r, CPU)))
                        .append(cells(results, operation, contender, r -> medianSecondary(r, ALLOC)))
                        .append(" |\n");
            }
        }
    }

    private void throughput() throws RunnerException {
        section("Throughput, one call in flight (JMH Throughput, getIssue)");
        throughputTable(rounds("throughput", options(ClientBenchmark.class.getName() + ".getIssue")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .addProfiler(GCProfiler.class)));
    }

    private void inFlight() throws RunnerException {
        section("Throughput, 64 calls in flight (async APIs)");
        throughputTable(rounds("inflight", options(InFlightBenchmark.class.getName())
                .addProfiler(GCProfiler.class)));
    }

    private void throughputTable(List<Collection<RunResult>> results) {
        report.append("| operation | contender | calls/s | x okhttp | CPU us/call | x okhttp | B/call | x okhttp |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String operation : operations(results.get(0))) {
            for (String contender : byContender(results.get(0), operation).keySet()) {
                report.append("| ").append(operation).append(" | ").append(contender)
                        .append(cells(results, operation, contender, BenchMain::medianScore))
                        .append(cells(results, operation, contender, r -> medianSecondary(r, CPU)))
                        .append(cells(results, operation, contender, r -> medianSecondary(r, ALLOC)))
                        .append(" |\n");
            }
        }
    }

    private void threads() throws RunnerException {
        section("Where the CPU goes: getIssue, CPU us per call by group of threads (of which in the kernel)");
        List<Collection<RunResult>> sync = rounds("threads-sync", options(ClientBenchmark.class.getName()
                + ".getIssue")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .param("contender", "sentry", FLOOR));
        List<Collection<RunResult>> inFlight = rounds("threads-inflight", options(InFlightBenchmark.class.getName()
                + ".getIssue")
                .param("contender", "sentry", FLOOR));
        report.append("| threads | sentry, one at a time | okhttp | sentry, 64 in flight | okhttp |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String group : ThreadCpuProfiler.GROUPS) {
            report.append("| ").append(group);
            for (List<Collection<RunResult>> results : List.of(sync, inFlight)) {
                for (String contender : List.of("sentry", FLOOR)) {
                    double cpu = acrossRounds(results, "getIssue", contender,
                            r -> medianSecondary(r, "threads." + group + ".cpu"));
                    double sys = acrossRounds(results, "getIssue", contender,
                            r -> medianSecondary(r, "threads." + group + ".sys"));
                    report.append(" | ").append(number(cpu))
                            .append(group.equals("jvm") ? "" : " (" + number(sys) + ")");
                }
            }
            report.append(" |\n");
        }
        report.append("\ncaller: the threads that make the calls (JMH's); dispatcher: OkHttp's async call threads;"
                + " watchdog: Okio's timeout thread; pool: OkHttp's connection-pool cleanup; server: the loopback"
                + " server; jvm: the rest of the process (garbage collection, JIT compilers).\n");
    }

    private void work() throws RunnerException {
        section("The caller's own work in a getIssue, piece by piece, without the network (ns per call)");
        List<Collection<RunResult>> results = rounds("work", options(PerCallWorkBenchmark.class.getName())
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS));
        report.append("| piece | ns per call |\n|---|---:|\n");
        for (String piece : operations(results.get(0))) {
            report.append("| ").append(piece).append(" | ")
                    .append(number(acrossRounds(results, piece, null, BenchMain::medianScore))).append(" |\n");
        }
    }

    private void logging() throws RunnerException, IOException {
        section("Cost of logging (getIssue, one call at a time, SampleTime)");
        String getIssue = ClientBenchmark.class.getName() + ".getIssue";
        Path traceLog = out.resolve("trace.log").toAbsolutePath();
        Files.deleteIfExists(traceLog);
        List<Collection<RunResult>> quiet = new ArrayList<>();
        List<Collection<RunResult>> traced = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            quiet.add(jmh("logging-off-" + round, options(getIssue)
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MICROSECONDS)
                    .param("contender", "okhttp", "okhttp-logbook", "sentry")));
            traced.add(jmh("logging-trace-" + round, options(getIssue)
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MICROSECONDS)
                    .param("contender", "okhttp-logbook", "sentry")
                    .jvmArgsAppend(loggingArgs(TRACE_LOGGING, "-Dbench.traceLog=" + traceLog))));
        }
        report.append("| stack | Logbook logger | median us | x okhttp (no Logbook) | CPU us/call | x okhttp |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        logRow(quiet, quiet, "okhttp, no Logbook", "-", FLOOR);
        logRow(quiet, quiet, "okhttp + client's Logbook interceptors", "INFO (below TRACE)", "okhttp-logbook");
        logRow(traced, quiet, "okhttp + client's Logbook interceptors", "TRACE, to a file", "okhttp-logbook");
        logRow(quiet, quiet, "sentry client (Logbook attached)", "INFO (below TRACE)", "sentry");
        logRow(traced, quiet, "sentry client (Logbook attached)", "TRACE, to a file", "sentry");
        if (!Files.exists(traceLog) || Files.size(traceLog) == 0) {
            throw new IllegalStateException("the TRACE runs wrote no trace log to " + traceLog
                    + ": Logbook's logger was not at TRACE, so the TRACE rows would measure nothing");
        }
        report.append("\nTrace log written during the TRACE runs: ").append(Files.size(traceLog)).append(" bytes\n");
    }

    private void logRow(List<Collection<RunResult>> results, List<Collection<RunResult>> floors, String stack,
            String level, String contender) {
        report.append("| ").append(stack).append(" | ").append(level)
                .append(cells(results, floors, "getIssue", contender, r -> percentile(r, 50)))
                .append(cells(results, floors, "getIssue", contender, r -> medianSecondary(r, CPU)))
                .append(" |\n");
    }

    private void coldStart() throws IOException, InterruptedException {
        section("Cold start: fresh JVM to the first getIssue result (" + coldRuns + " runs each, interleaved)");
        List<String> contenders = List.of("sentry", "okhttp", "jdk");
        Map<String, List<Double>> total = new LinkedHashMap<>();
        Map<String, List<Double>> inMain = new LinkedHashMap<>();
        try (BenchServer server = BenchServer.start()) {
            for (int run = 0; run < coldRuns; run++) {
                for (String contender : contenders) {
                    long start = System.nanoTime();
                    double mainMillis = coldRun(contender, server.baseUrl());
                    total.computeIfAbsent(contender, c -> new ArrayList<>())
                            .add((System.nanoTime() - start) / 1e6);
                    inMain.computeIfAbsent(contender, c -> new ArrayList<>()).add(mainMillis);
                }
            }
        }
        report.append("| contender | process start to result, median ms | x okhttp | main() to result, median ms |"
                + " x okhttp |\n|---|---:|---:|---:|---:|\n");
        for (String contender : contenders) {
            double wall = median(total.get(contender));
            double main = median(inMain.get(contender));
            report.append("| ").append(contender).append(" | ").append(number(wall)).append(" | ")
                    .append(ratio(wall, median(total.get(FLOOR)))).append(" | ").append(number(main)).append(" | ")
                    .append(ratio(main, median(inMain.get(FLOOR)))).append(" |\n");
        }
        report.append("\nAll runs (process ms): ").append(total).append('\n');
    }

    /** Jobs against a server that enforces sentry.io's rate limits (see {@link RateLimitedSentry}). */
    private void rateLimits() throws Exception {
        report.append("\n## Under Sentry's rate limits\n\n")
                .append("| job | contender | succeeded | failed | 429 answers | wall s | ideal s | x ideal |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (RateLimitJobs.Result result : RateLimitJobs.all()) {
            report.append(result.row()).append('\n');
        }
    }

    private void cliColdStart() throws IOException, InterruptedException {
        section("Command line cold start: new process to the first line of `issue get` (" + coldRuns
                + " runs each, interleaved)");
        CliColdStart cli = new CliColdStart(Paths.get(System.getProperty("bench.cliDir", "../sentry-client-cli")));
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        try (BenchServer server = BenchServer.start()) {
            for (int run = 0; run < coldRuns; run++) {
                for (String way : cli.ways()) {
                    runs.computeIfAbsent(way, w -> new ArrayList<>()).add(cli.run(way, server.baseUrl()));
                }
            }
        }
        String first = cli.ways().get(0);
        report.append("| started with | median ms | x ").append(first).append(" |\n|---|---:|---:|\n");
        for (String way : cli.ways()) {
            report.append("| ").append(way).append(" | ").append(number(median(runs.get(way)))).append(" | ")
                    .append(ratio(median(runs.get(way)), median(runs.get(first)))).append(" |\n");
        }
        report.append("\nAll runs (ms): ").append(runs).append('\n');
    }

    private static double coldRun(String contender, String baseUrl) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(loggingArgs(QUIET_LOGGING)));
        command.addAll(List.of(ColdStart.class.getName(), contender, baseUrl));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        String last = "";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                last = line;
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || !last.startsWith("ok ")) {
            throw new IllegalStateException("cold start of " + contender + " failed (exit " + exit + "): " + last);
        }
        return Double.parseDouble(last.substring(3));
    }

    private ChainedOptionsBuilder options(String include) {
        return new OptionsBuilder()
                .include(include.replace(".", "\\.") + (include.contains("Benchmark.") ? "$" : "\\."))
                .forks(1)
                .addProfiler(ThreadCpuProfiler.class)
                .jvmArgsAppend(loggingArgs(QUIET_LOGGING))
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true);
    }

    /**
     * The JVM arguments that make a benchmark JVM log through Logback with {@code config}: the test classpath
     * holds more than one SLF4J provider, so the choice is made explicit.
     */
    static String[] loggingArgs(String config, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider",
                "-Dlogback.configurationFile=" + config));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Runs the same benchmarks once per round, one fork each, so that load changes hit every contender. */
    private List<Collection<RunResult>> rounds(String name, ChainedOptionsBuilder options) throws RunnerException {
        List<Collection<RunResult>> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            results.add(jmh(name + "-" + round, options));
        }
        return results;
    }

    private Collection<RunResult> jmh(String name, ChainedOptionsBuilder options) throws RunnerException {
        report.append("\nLoad before ").append(name).append(" (1/5/15 min): ").append(load()).append("\n\n");
        return new Runner(options.result(out.resolve(name + ".json").toString())
                .resultFormat(ResultFormatType.JSON).build()).run();
    }

    /** The median over rounds of a figure and of its ratio to the floor's in the same round, as table cells. */
    private static String cells(List<Collection<RunResult>> rounds, String operation, String contender,
            ToDoubleFunction<RunResult> metric) {
        return cells(rounds, rounds, operation, contender, metric);
    }

    private static String cells(List<Collection<RunResult>> rounds, List<Collection<RunResult>> floors,
            String operation, String contender, ToDoubleFunction<RunResult> metric) {
        List<Double> values = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            RunResult result = byContender(rounds.get(i), operation).get(contender);
            RunResult floor = byContender(floors.get(i), operation).get(FLOOR);
            if (result != null) {
                double value = metric.applyAsDouble(result);
                values.add(value);
                if (floor != null) {
                    ratios.add(value / metric.applyAsDouble(floor));
                }
            }
        }
        return " | " + number(values.isEmpty() ? Double.NaN : median(values)) + " | "
                + (ratios.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2fx", median(ratios)));
    }

    private static double acrossRounds(List<Collection<RunResult>> rounds, String operation, String contender,
            ToDoubleFunction<RunResult> metric) {
        List<Double> values = new ArrayList<>();
        for (Collection<RunResult> round : rounds) {
            for (RunResult result : round) {
                if (method(result.getParams()).equals(operation)
                        && (contender == null || contender.equals(result.getParams().getParam("contender")))) {
                    values.add(metric.applyAsDouble(result));
                }
            }
        }
        return values.isEmpty() ? Double.NaN : median(values);
    }

    private void section(String title) {
        report.append("\n## ").append(title).append('\n');
    }

    private static List<String> operations(Collection<RunResult> results) {
        List<String> operations = new ArrayList<>();
        for (RunResult result : results) {
            String operation = method(result.getParams());
            if (!operations.contains(operation)) {
                operations.add(operation);
            }
        }
        return operations;
    }

    private static Map<String, RunResult> byContender(Collection<RunResult> results, String operation) {
        Map<String, RunResult> map = new LinkedHashMap<>();
        for (RunResult result : results) {
            if (method(result.getParams()).equals(operation)) {
                String contender = result.getParams().getParam("contender");
                map.put(contender, result);
            }
        }
        return map;
    }

    private static String method(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** A percentile over all samples of all forks (SampleTime). */
    private static double percentile(RunResult result, double percentile) {
        return result == null ? Double.NaN : result.getPrimaryResult().getStatistics().getPercentile(percentile);
    }

    /** The median of the measured iterations' scores, over all forks. */
    static double medianScore(RunResult result) {
        if (result == null) {
            return Double.NaN;
        }
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return median(scores);
    }

    /** The median over all iterations of a profiler's figure, such as {@code gc.alloc.rate.norm}. */
    private static double medianSecondary(RunResult result, String suffix) {
        if (result == null) {
            return Double.NaN;
        }
        List<Double> values = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                for (var entry : iteration.getSecondaryResults().entrySet()) {
                    if (entry.getKey().endsWith(suffix)) {
                        values.add(entry.getValue().getScore());
                    }
                }
            }
        }
        return values.isEmpty() ? Double.NaN : median(values);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String ratio(double value, double floor) {
        return String.format(Locale.ROOT, "%.2fx", value / floor);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
