package io.github.sentryclient.cli;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code sentry-client} command line: triage Sentry issues from a shell, or run the built-in demo against an
 * in-process fake Sentry. Credentials come from {@code SENTRY_AUTH_TOKEN}, {@code SENTRY_ORG},
 * {@code SENTRY_PROJECT} and {@code SENTRY_URL}, or from the matching flags.
 *
 * <p>Exit statuses: 0 success; 1 any other failure (Sentry's 5xx, a network failure, a rejected request);
 * 2 usage (unknown command, missing argument, missing credentials, invalid input, nothing sent);
 * 3 authentication or permission (401, 403); 4 not found (404); 5 rate limited (429).
 */
@Command(name = "sentry-client", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = SentryCli.Version.class,
        description = "Triage Sentry issues from the command line.",
        subcommands = {IssueCommand.class, IssuesCommand.class, DemoCommand.class},
        footer = {"", SentryCli.EXIT_STATUSES})
public final class SentryCli {

    static final String EXIT_STATUSES = "Exit status: 0 ok, 1 other failure, 2 usage, 3 authentication or"
            + " permission, 4 not found, 5 rate limited.";

    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int AUTHENTICATION = 3;
    static final int NOT_FOUND = 4;
    static final int RATE_LIMITED = 5;

    private final Map<String, String> env;

    SentryCli(Map<String, String> env) {
        this.env = env;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv()));
    }

    /** Runs {@code args} with {@code env} as the environment and returns the exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        List<String> secrets = secrets(args);
        CommandLine commandLine = new CommandLine(new SentryCli(env))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> {
                    err.println(mask("error: " + e.getMessage(), secrets));
                    if (e.getMessage().startsWith("Missing required subcommand")) {
                        e.getCommandLine().usage(err);
                    } else if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    }
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    err.println(mask("error: " + e.getMessage(), secrets));
                    return exitStatus(e);
                });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    Map<String, String> env() {
        return env;
    }

    static int exitStatus(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof SentryAuthenticationException || e instanceof SentryPermissionException) {
            return AUTHENTICATION;
        }
        if (e instanceof SentryNotFoundException) {
            return NOT_FOUND;
        }
        if (e instanceof SentryRateLimitException) {
            return RATE_LIMITED;
        }
        return FAILURE;
    }

    /** The values of {@code --token}, which no message may repeat. */
    private static List<String> secrets(String[] args) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--token") && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (args[i].startsWith("--token=")) {
                secrets.add(args[i].substring("--token=".length()));
            }
        }
        return secrets;
    }

    private static String mask(String message, List<String> secrets) {
        String masked = message;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                masked = masked.replace(secret, "****");
            }
        }
        return masked;
    }

    /** The client's version, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {SentryClient.userAgent()};
        }
    }
}
