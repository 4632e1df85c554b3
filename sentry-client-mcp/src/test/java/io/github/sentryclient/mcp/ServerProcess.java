package io.github.sentryclient.mcp;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts the built jar, as an MCP client configured from the README would. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** {@code java -jar sentry-client-mcp-<version>.jar args...}, with this JVM's coverage agent when it has one. */
    static List<String> command(String... args) {
        Path jar = Path.of(System.getProperty("mcp.jar", "target/sentry-client-mcp.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The runnable jar " + jar + " is not built: run mvn -B verify");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-javaagent:") && arg.contains("jacoco"))
                .forEach(command::add);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
