package io.github.sentryclient.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's cold start: a new process runs {@code issue get} against the benchmark server, and the clock
 * stops at the first line it prints. Ways to start it: the runnable jar as {@code java -jar} runs it, and the
 * launcher {@code bin/sentry-client} (class-data sharing archive, one JIT tier, serial collector).
 */
final class CliColdStart {

    private final Path cliDir;

    CliColdStart(Path cliDir) {
        this.cliDir = cliDir;
    }

    /** The ways to start the command line, by name. */
    List<String> ways() {
        return List.of("java -jar", "bin/sentry-client");
    }

    /** Milliseconds from starting the process to its first line on standard output. */
    double run(String way, String baseUrl) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (way.equals("java -jar")) {
            command.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar().toString()));
        } else {
            command.add(cliDir.resolve("bin/sentry-client").toString());
        }
        command.addAll(List.of("issue", "get", "4711042"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("SENTRY_AUTH_TOKEN", Contender.TOKEN);
        env.put("SENTRY_ORG", Contender.ORG);
        env.put("SENTRY_URL", baseUrl);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA_OPTS");
        long start = System.nanoTime();
        Process process = builder.start();
        double millis;
        String first;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            first = reader.readLine();
            millis = (System.nanoTime() - start) / 1e6;
            while (reader.readLine() != null) {
                // Drain the rest so that the process can end.
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || first == null || !first.startsWith("Issue ")) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed (exit " + exit + "): "
                    + first);
        }
        return millis;
    }

    private Path jar() throws IOException {
        try (var files = Files.list(cliDir.resolve("target"))) {
            return files
                    .filter(path -> path.getFileName().toString().matches("sentry-client-cli-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + cliDir.resolve("target")
                            + "; build sentry-client-cli first"));
        }
    }
}
