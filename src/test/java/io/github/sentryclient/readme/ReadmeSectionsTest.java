package io.github.sentryclient.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the README's integration sections honest: every Java block in them appears, word for word, in the test
 * sources, where it is compiled and run ({@link IntegrationsReadmeTest} and the classes of this package).
 */
class ReadmeSectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"## Using with Guice", "## Using with Spring Boot", "## Command line"})
    void everyJavaBlockIsCompiledByATest(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = javaBlocks(section(readme, heading));
        String tests = normalize(testSources());

        for (String block : blocks) {
            assertThat(tests).as("README block under '%s' not found in the tests:%n%s", heading, block)
                    .contains(normalize(block));
        }
        if (!heading.equals("## Command line")) {
            assertThat(blocks).isNotEmpty();
        }
    }

    static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as("README section %s", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> javaBlocks(String section) {
        List<String> blocks = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = section.indexOf("```java\n", from);
            if (start < 0) {
                return blocks;
            }
            int end = section.indexOf("```", start + 8);
            blocks.add(section.substring(start + 8, end));
            from = end + 3;
        }
    }

    private static String testSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
