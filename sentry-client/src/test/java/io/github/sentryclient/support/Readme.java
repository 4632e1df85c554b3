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
     * Asserts that every Java block of the section under {@code heading} stands, word for word, in one of this
     * module's test sources, where it is compiled (and, where it can run offline, run): the block's code in the
     * file's body and its {@code import} lines among the file's imports. Returns how many blocks there were.
     */
    public static int assertJavaBlocksCompiled(String heading) {
        List<String> blocks = blocks(section(heading), "java");
        List<String> sources = testSources();
        for (String block : blocks) {
            List<String> imports = block.lines().filter(line -> line.startsWith("import ")).toList();
            String code = normalize(block.lines().filter(line -> !line.startsWith("import "))
                    .collect(java.util.stream.Collectors.joining("\n")));
            boolean found = sources.stream().anyMatch(source -> normalize(source).contains(code)
                    && imports.stream().allMatch(line -> source.lines().anyMatch(line::equals)));
            assertThat(found).as("README block under '%s' not found, imports and code, in one test source:%n%s",
                    heading, block).isTrue();
        }
        return blocks.size();
    }

    private static List<String> testSources() {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The code without white space: the comparison holds whatever the line breaks and indentation. */
    private static String normalize(String code) {
        return code.replaceAll("\\s+", "");
    }
}
