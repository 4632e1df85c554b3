package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.Readme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every line of every shell block in the README is a command this checkout can run as shown, and is one of the
 * kinds a test runs: Maven commands name only modules, profiles, phases and goals the build has (the demo command
 * is run by {@code .ci/run} and {@code DemoTest}, {@code mvn -B verify} by CI itself); {@code sentry-client} lines
 * stand in the "Command line" section, whose every line {@code CommandLineReadmeTest} runs; {@code java -jar} names
 * a jar a module builds ({@code McpReadmeIT} starts the MCP server's lines); {@code export} sets only variables the
 * programs read. A shell line of any other kind fails here until a test runs it.
 */
class ReadmeCommandsTest {

    private static final Set<String> PHASES = Set.of("compile", "test-compile", "test", "package", "verify", "install");
    private static final Set<String> MAVEN_FLAGS = Set.of("-B", "-q", "-am", "-DskipTests");
    private static final Set<String> VARIABLES = Set.of("SENTRY_AUTH_TOKEN", "SENTRY_ORG", "SENTRY_PROJECT",
            "SENTRY_URL", "SENTRY_MCP_SECRET");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_]+)=(\"[^\"]*\"|\\S+)");

    private final Path root = Path.of(System.getProperty("sentry.readme", "../README.md")).toAbsolutePath()
            .getParent();

    @Test
    void everyShellLineIsACommandATestRuns() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String block : Readme.blocks(Readme.text(), "sh")) {
            block.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        }
        assertThat(lines).as("the README's shell lines").hasSizeGreaterThan(10);
        String commandLine = Readme.section("## Command line");
        for (String line : lines) {
            String command = line.replaceAll("\\s+#.*$", "");
            if (command.startsWith("mvn ")) {
                checkMaven(command);
            } else if (command.startsWith("sentry-client ")) {
                assertThat(commandLine).as("run by CommandLineReadmeTest: " + line).contains(line);
            } else if (command.startsWith("alias sentry-client=")) {
                Path launcher = root.resolve(command.replaceAll(".*\\$PWD/([^\"]+)\".*", "$1"));
                assertThat(Files.isExecutable(launcher)).as("the launcher " + launcher).isTrue();
            } else if (command.startsWith("java -jar ")) {
                checkJar(command.split("\\s+")[2]);
            } else if (command.startsWith("export ")) {
                Matcher assignment = ASSIGNMENT.matcher(command.substring("export ".length()));
                int count = 0;
                while (assignment.find()) {
                    assertThat(VARIABLES).as("a variable the programs read, in: " + line)
                            .contains(assignment.group(1));
                    count++;
                }
                assertThat(count).as("assignments in " + line).isPositive();
            } else {
                throw new AssertionError("No test runs this README command: " + line);
            }
        }
    }

    @Test
    void theDemoIsTheFirstCommand() {
        List<String> blocks = Readme.blocks(Readme.text(), "sh");
        assertThat(blocks.get(0)).isEqualTo("mvn -B -q test-compile exec:java -Dexec.args=demo\n");
        assertThat(Readme.blocks(Readme.section("## Testing"), "sh")).containsExactly("mvn -B verify\n");
    }

    private void checkMaven(String command) throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        Set<String> modules = values(pom, "module");
        List<String> args = List.of(command.split("\\s+"));
        boolean goal = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-pl")) {
                String module = args.get(++i);
                assertThat(modules).as("a module of the reactor, in: " + command).contains(module);
            } else if (arg.startsWith("-P")) {
                assertThat(profiles()).as("a profile of the build, in: " + command).contains(arg.substring(2));
            } else if (arg.startsWith("-Dexec.args=")) {
                assertThat(pom).as("exec:java runs the command line").contains("<mainClass>"
                        + "io.github.sentryclient.cli.SentryCli</mainClass>");
            } else if (arg.startsWith("-")) {
                assertThat(MAVEN_FLAGS).as("a flag, in: " + command).contains(arg);
            } else if (arg.equals("exec:java")) {
                assertThat(pom).contains("<artifactId>exec-maven-plugin</artifactId>");
                goal = true;
            } else {
                assertThat(PHASES).as("a lifecycle phase, in: " + command).contains(arg);
                goal = true;
            }
        }
        assertThat(goal).as("a phase or goal in " + command).isTrue();
    }

    private void checkJar(String jar) throws IOException {
        Path path = Path.of(jar);
        assertThat(path.getNameCount()).as(jar).isEqualTo(3);
        assertThat(path.getName(1).toString()).isEqualTo("target");
        String module = path.getName(0).toString();
        String pom = Files.readString(root.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
        String parent = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        String version = values(parent, "version").iterator().next();
        assertThat(pom).contains("<artifactId>" + module + "</artifactId>");
        assertThat(path.getFileName().toString()).as("the jar module %s builds", module)
                .isEqualTo(module + "-" + version + ".jar");
    }

    private Set<String> profiles() throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        try (Stream<Path> poms = Files.walk(root, 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !p.toString().contains("/target/")).toList()) {
                Matcher profile = Pattern.compile("<profile>\\s*<id>([^<]+)</id>")
                        .matcher(Files.readString(pom, StandardCharsets.UTF_8));
                while (profile.find()) {
                    ids.add(profile.group(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> values(String xml, String tag) {
        Set<String> values = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("<" + tag + ">([^<]+)</" + tag + ">").matcher(xml);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
