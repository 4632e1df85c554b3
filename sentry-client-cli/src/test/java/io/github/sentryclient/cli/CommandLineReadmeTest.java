package io.github.sentryclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.support.Readme;
import io.github.sentryclient.testing.FakeSentry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs every {@code sentry-client} line of the README's "Command line" section against FakeSentry. */
class CommandLineReadmeTest {

    @Test
    void everyExampleCommandSucceeds() throws IOException {
        String readme = Readme.text();
        int start = readme.indexOf("\n## Command line\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
        List<String> commands = section.lines().filter(line -> line.startsWith("sentry-client ")).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);

        try (FakeSentry fake = FakeSentry.start()) {
            fake.addIssue(builder -> builder.shortId("PUMP-STATION-1A"));
            fake.addMember("dana@example.com", "2", "Dana Developer");
            Map<String, String> env = Map.of("SENTRY_AUTH_TOKEN", fake.authToken(), "SENTRY_ORG", fake.orgSlug(),
                    "SENTRY_URL", fake.baseUrl());
            for (String command : commands) {
                CliRun run = CliRun.of(env, words(command.substring("sentry-client ".length())));

                assertThat(run.status()).as("%s%n%s", command, run.err()).isZero();
                assertThat(run.out()).isNotBlank();
            }
        }
    }

    /** Splits a shell line into words, honouring double quotes. */
    private static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
