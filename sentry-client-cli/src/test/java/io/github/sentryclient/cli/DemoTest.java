package io.github.sentryclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.Readme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in demo: runs with no account and no environment, and shows every step of the flow. */
class DemoTest {

    @Test
    void runsTheWholeFlowOnAFakeSentry() {
        CliRun run = CliRun.of(Map.of(), "demo");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Started a fake Sentry at http://127.0.0.1:")
                .contains("1. List the unresolved issues\n   $ sentry-client issues list --query is:unresolved\n"
                        + "SHORT ID ")
                .contains("2 issues\n")
                .doesNotContain("PUMP-STATION-19")
                .contains("2. Get the issue\n   $ sentry-client issue get PUMP-STATION-1A\n"
                        + "Issue PUMP-STATION-1A: ZeroDivisionError: division by zero (unresolved")
                .contains("$ sentry-client issue comment PUMP-STATION-1A \"Investigating: started after the 4.2"
                        + " deploy\"\nAdded comment ")
                .contains("$ sentry-client issue resolve PUMP-STATION-1A\nIssue PUMP-STATION-1A is now resolved")
                .contains("$ sentry-client issue assign PUMP-STATION-1A dana@example.com\n"
                        + "Issue PUMP-STATION-1A is now assigned to user Dana Developer")
                .contains("  source   EVENT_TAG\n", "  source      LABEL_COMMENT\n")
                .contains("\"status\" : \"resolved\"", "\"numComments\" : 2")
                .contains("Done: 8 commands, 10 requests");
    }

    @Test
    void theReadmesFirstCommandRunsTheDemo() throws IOException {
        String readme = Readme.text();
        int firstBlock = readme.indexOf("```");

        assertThat(readme.substring(firstBlock))
                .startsWith("```sh\nmvn -B -q test-compile exec:java -Dexec.args=demo\n```");
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<mainClass>" + SentryCli.class.getName() + "</mainClass>");
    }
}
