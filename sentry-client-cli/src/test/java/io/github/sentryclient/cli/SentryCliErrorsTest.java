package io.github.sentryclient.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit statuses and error messages: usage, credentials, and each kind of failure Sentry answers with. */
class SentryCliErrorsTest {

    private static final String SECRET = "sntrys_cli_secret_42";

    private final MockWebServer server = new MockWebServer();
    private Map<String, String> env;

    @BeforeEach
    void start() throws IOException {
        server.start();
        env = Map.of("SENTRY_AUTH_TOKEN", SECRET, "SENTRY_ORG", "acme", "SENTRY_URL", server.url("/").toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "HTTP {0} exits with {1}")
    @CsvSource({
        "401, 3, Invalid token",
        "403, 3, You do not have permission",
        "404, 4, The requested resource does not exist",
        "429, 5, Rate limit exceeded",
        "500, 1, Internal Error",
        "409, 1, Conflict"})
    void tellsFailuresApartByExitStatus(int code, int status, String detail) {
        for (int i = 0; i < 4; i++) {
            // A 429 asks for a wait longer than the command's deadline: it is final at once.
            server.enqueue(new MockResponse.Builder().code(code).setHeader("Retry-After", code == 429 ? "3600" : "0")
                    .body("{\"detail\": \"" + detail + "\"}").build());
        }

        CliRun run = CliRun.of(Map.of(), "issue", "get", "PROJ-1", "--token", SECRET, "--org", "acme",
                "--url", server.url("/").toString());

        assertThat(run.status()).isEqualTo(status);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ").contains(detail).doesNotContain(SECRET);
    }

    @Test
    void aNetworkFailureIsAnOtherFailure() {
        server.close();

        CliRun run = CliRun.of(env, "issue", "resolve", "PROJ-1");

        assertThat(run.status()).isEqualTo(SentryCli.FAILURE);
        assertThat(run.err()).startsWith("error: ").doesNotContain(SECRET);
    }

    @Test
    void invalidInputIsAUsageErrorAndSendsNothing() {
        CliRun run = CliRun.of(env, "issue", "tag", "PROJ-1", "bad key", "v");

        assertThat(run.status()).isEqualTo(SentryCli.USAGE);
        assertThat(run.err()).startsWith("error: key ");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void missingCredentialsNameTheFlagAndTheVariable() {
        CliRun noToken = CliRun.of(Map.of("SENTRY_ORG", "acme"), "issue", "get", "PROJ-1");
        CliRun noOrg = CliRun.of(Map.of("SENTRY_AUTH_TOKEN", SECRET), "issue", "get", "PROJ-1");
        CliRun blankToken = CliRun.of(Map.of("SENTRY_AUTH_TOKEN", " ", "SENTRY_ORG", "acme"), "issue", "get", "1");

        assertThat(noToken.status()).isEqualTo(SentryCli.USAGE);
        assertThat(noToken.err()).contains("Missing --token: pass it or set SENTRY_AUTH_TOKEN");
        assertThat(noOrg.status()).isEqualTo(SentryCli.USAGE);
        assertThat(noOrg.err()).contains("Missing --org: pass it or set SENTRY_ORG").doesNotContain(SECRET);
        assertThat(blankToken.err()).contains("Missing --token");
    }

    @Test
    void usageErrorsExitWithTwoAndNeverEchoTheToken() {
        CliRun missingArgument = CliRun.of(env, "issue", "assign", "PROJ-1", "--token", SECRET);
        CliRun unknownCommand = CliRun.of(env, "issue", "gett", "1", "--token=" + SECRET);
        CliRun unknownOption = CliRun.of(env, "issue", "get", "1", "--tokn=" + SECRET, "--token", SECRET);
        CliRun noCommand = CliRun.of(env, "issue");

        assertThat(missingArgument.status()).isEqualTo(SentryCli.USAGE);
        assertThat(missingArgument.err()).contains("Missing required parameter: 'ASSIGNEE'");
        assertThat(unknownCommand.status()).isEqualTo(SentryCli.USAGE);
        assertThat(unknownCommand.err()).contains("Did you mean: issue get").contains("****");
        assertThat(unknownOption.status()).isEqualTo(SentryCli.USAGE);
        assertThat(noCommand.status()).isEqualTo(SentryCli.USAGE);
        assertThat(noCommand.err()).contains("Missing required subcommand", "Usage: sentry-client issue", "resolve");
        for (CliRun run : new CliRun[] {missingArgument, unknownCommand, unknownOption, noCommand}) {
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRun help = CliRun.of(env, "--help");
        CliRun commandHelp = CliRun.of(env, "issue", "comment", "--help");
        CliRun version = CliRun.of(env, "--version");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("issue", "Exit status: 0 ok, 1 other failure, 2 usage");
        assertThat(commandHelp.out()).contains("Usage: sentry-client issue comment", "--token=TOKEN", "TEXT");
        assertThat(version.out()).startsWith("sentry-client-java/");
    }
}
