package io.github.sentryclient.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds {@code cpu.time.norm}, the benchmark JVM's CPU time per operation (all threads, the loopback server's
 * included; on a shared machine it moves far less with other load than wall-clock figures do), and
 * {@code threads.<group>.cpu} and {@code threads.<group>.sys}: the CPU time per operation of each group of
 * threads (the callers, OkHttp's dispatcher, Okio's timeout watchdog, OkHttp's pool cleanup, the loopback
 * server), and {@code threads.jvm.cpu}, the rest of the process (garbage collection and JIT compilers, which are
 * not Java threads). It shows where a contender's CPU goes, not only how much it uses.
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    /** The groups, in the order of the report. */
    static final List<String> GROUPS = List.of("caller", "dispatcher", "watchdog", "pool", "server", "other", "jvm");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Map<Long, long[]> before = Map.of();
    private long processBefore;

    @Override
    public String getDescription() {
        return "Process CPU time per operation, and by group of threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        processBefore = OS.getProcessCpuTime();
        before = times();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        Map<Long, long[]> after = times();
        long process = OS.getProcessCpuTime() - processBefore;
        double ops = Math.max(1, result.getMetadata().getAllOps());
        Map<String, long[]> groups = new LinkedHashMap<>();
        GROUPS.forEach(group -> groups.put(group, new long[2]));
        long javaThreads = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(after.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info == null) {
                continue;
            }
            long[] now = after.get(info.getThreadId());
            long[] then = before.getOrDefault(info.getThreadId(), new long[2]);
            long cpu = now[0] - then[0];
            long user = now[1] - then[1];
            long[] sums = groups.get(group(info.getThreadName()));
            sums[0] += cpu;
            sums[1] += cpu - user;
            javaThreads += cpu;
        }
        groups.get("jvm")[0] = Math.max(0, process - javaThreads);
        List<Result> results = new ArrayList<>();
        results.add(new ScalarResult("cpu.time.norm", process / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
        groups.forEach((group, sums) -> {
            results.add(new ScalarResult("threads." + group + ".cpu", sums[0] / 1000.0 / ops, "us/op",
                    AggregationPolicy.AVG));
            results.add(new ScalarResult("threads." + group + ".sys", sums[1] / 1000.0 / ops, "us/op",
                    AggregationPolicy.AVG));
        });
        return results;
    }

    /** The group a thread belongs to, by the names OkHttp, Okio, JMH and the bench server give their threads. */
    static String group(String name) {
        if (name.contains("jmh-worker")) {
            return "caller";
        }
        if (name.startsWith("OkHttp Dispatcher")) {
            return "dispatcher";
        }
        if (name.startsWith("Okio Watchdog")) {
            return "watchdog";
        }
        if (name.startsWith("OkHttp")) {
            return "pool";
        }
        if (name.startsWith("bench-server")) {
            return "server";
        }
        return "other";
    }

    private static Map<Long, long[]> times() {
        Map<Long, long[]> times = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            long user = THREADS.getThreadUserTime(id);
            if (cpu >= 0 && user >= 0) {
                times.put(id, new long[] {cpu, user});
            }
        }
        return times;
    }
}
