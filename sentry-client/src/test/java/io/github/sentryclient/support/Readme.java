package io.github.sentryclient.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's README as the tests of every module read it: its sections and their code blocks. The build
 * passes the file's path as {@code sentry.readme}.
 */
public final class Readme {

    private Readme() {
    }

    /** The README's text. */
    public static String text() {
        try {
            return Files.readString(Path.of(System.getProperty("sentry.readme", "../README.md")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The section under {@code heading} (such as {@code "## Command line"}), up to the next second-level one. */
    public static String section(String heading) {
        String readme = text();
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as("README section %s", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The contents of the fenced blocks of {@code language} in {@code text}, in order. */
    public static List<String> blocks(String text, String language) {
        String fence = "```" + language + "\n";
        List<String> blocks = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf(fence, from);
            if (start < 0) {
                return blocks;
            }
            int end = text.indexOf("```", start + fence.length());
            blocks.add(text.substring(start + fence.length(), end));
            from = end + 3;
        }
    }

    /**
     * Asserts that every Java block of the section under {@code heading} appears, word for word, in this module's
     * test sources, where it is compiled and run; returns how many blocks there were.
     */
    public static int assertJavaBlocksCompiled(String heading) {
        List<String> blocks = blocks(section(heading), "java");
        String tests = normalize(testSources());
        for (String block : blocks) {
            assertThat(tests).as("README block under '%s' not found in the tests:%n%s", heading, block)
                    .contains(normalize(block));
        }
        return blocks.size();
    }

    private static String testSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
