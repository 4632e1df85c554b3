package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.Readme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's examples identical to the tests that compile and run them. */
class ReadmeTest {

    @Test
    void fakeSentryExampleIsTheTriageTest() throws IOException {
        String readme = Readme.text();
        String section = readme.substring(readme.indexOf("## Testing your code against FakeSentry"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String example = section.substring(start, section.indexOf("```\n", start));

        assertThat(example).isEqualTo(Files.readString(Path.of("src/test/java/com/example/triage/TriageTest.java")));
    }
}
