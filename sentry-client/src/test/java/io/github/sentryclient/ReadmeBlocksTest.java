package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.Readme;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java block of the README's client sections stands, word for word, in this module's tests, where it is
 * compiled and run ({@link ReadmeExamplesTest}); the integration sections are checked the same way in their
 * modules, and the FakeSentry example is the testing module's {@code TriageTest}.
 */
class ReadmeBlocksTest {

    static List<String> clientSections() {
        return Readme.text().lines().filter(line -> line.startsWith("## ") || line.startsWith("### "))
                .filter(line -> !List.of("## Using with Guice", "## Using with Spring Boot", "## Command line",
                        "## Testing your code against FakeSentry").contains(line))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("clientSections")
    void everyJavaBlockIsCompiledByATest(String heading) {
        Readme.assertJavaBlocksCompiled(heading);
    }

    @org.junit.jupiter.api.Test
    void theClientSectionsHaveJavaBlocks() {
        assertThat(clientSections().stream().mapToInt(heading -> Readme.blocks(Readme.section(heading), "java")
                .size()).sum()).isGreaterThan(10);
    }
}
