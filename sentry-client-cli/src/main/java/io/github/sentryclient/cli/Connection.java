package io.github.sentryclient.cli;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every Sentry command shares: where Sentry is, with which credentials, and the output format. */
final class Connection {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Auth token (default: $SENTRY_AUTH_TOKEN).")
    String token;

    @Option(names = "--org", paramLabel = "SLUG", description = "Organization slug (default: $SENTRY_ORG).")
    String org;

    @Option(names = "--project", paramLabel = "SLUG", description = "Default project slug (default: $SENTRY_PROJECT).")
    String project;

    @Option(names = "--url", paramLabel = "URL",
            description = "Sentry's base URL (default: $SENTRY_URL, else https://sentry.io).")
    String url;

    @Option(names = "--json", description = "Print the result as JSON instead of a table.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long a command waits for Sentry, waits"
            + " for its rate limit included (default: 60).")
    Integer timeout;

    /** Builds a client from the flags, falling back to the {@code SENTRY_*} variables in {@code env}. */
    SentryClient client(Map<String, String> env) {
        SentryClient.Builder builder = SentryClient.builder()
                .authToken(pick(token, env, "SENTRY_AUTH_TOKEN").orElseThrow(() -> missing("--token",
                        "SENTRY_AUTH_TOKEN")))
                .orgSlug(pick(org, env, "SENTRY_ORG").orElseThrow(() -> missing("--org", "SENTRY_ORG")));
        pick(project, env, "SENTRY_PROJECT").ifPresent(builder::projectSlug);
        builder.baseUrl(pick(url, env, "SENTRY_URL").orElse(SentryClientConfig.DEFAULT_BASE_URL));
        if (timeout != null) {
            if (timeout < 1) {
                throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, got "
                        + timeout);
            }
            builder.callTimeout(Duration.ofSeconds(timeout));
        }
        return builder.build();
    }

    private ParameterException missing(String flag, String variable) {
        return new ParameterException(spec.commandLine(), "Missing " + flag + ": pass it or set " + variable);
    }

    private static Optional<String> pick(String flag, Map<String, String> env, String variable) {
        return Optional.ofNullable(flag).or(() -> Optional.ofNullable(env.get(variable)))
                .map(String::trim).filter(value -> !value.isEmpty());
    }
}
