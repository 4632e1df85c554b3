package io.github.sentryclient.cli;

import io.github.sentryclient.model.Issue;
import io.github.sentryclient.testing.FakeSentry;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: starts a fake Sentry in this process, seeds three issues, and triages one with the commands a user
 * would type, printing each command and its result. Needs no account, token or network.
 */
@Command(name = "demo", description = "Triage a seeded issue on an in-process fake Sentry, printing each step.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (FakeSentry sentry = FakeSentry.start()) {
            Issue issue = sentry.addDemoIssues();
            out.println("Started a fake Sentry at " + sentry.baseUrl() + " for organization '" + sentry.orgSlug()
                    + "' with three issues; the demo triages " + issue.shortId() + " (" + issue.title() + ").");
            out.println("Each step runs the command shown, exactly as against a real Sentry.");
            Map<String, String> env = Map.of("SENTRY_AUTH_TOKEN", sentry.authToken(),
                    "SENTRY_ORG", sentry.orgSlug(), "SENTRY_URL", sentry.baseUrl());
            String id = issue.shortId();
            List<Step> steps = List.of(
                    new Step("List the unresolved issues", "issues", "list", "--query", "is:unresolved"),
                    new Step("Get the issue", "issue", "get", id),
                    new Step("Comment on it", "issue", "comment", id, "Investigating: started after the 4.2 deploy"),
                    new Step("Resolve it", "issue", "resolve", id),
                    new Step("Assign it", "issue", "assign", id, "dana@example.com"),
                    new Step("Tag it (the events already carry this tag)", "issue", "tag", id, "environment",
                            "production"),
                    new Step("Tag it (a label no event carries: recorded as a comment)", "issue", "tag", id, "team",
                            "payments"),
                    new Step("Read it back as JSON", "issue", "get", id, "--json"));
            int number = 0;
            for (Step step : steps) {
                number++;
                out.println();
                out.println(number + ". " + step.title());
                out.println("   $ sentry-client " + String.join(" ", quoted(step.args())));
                out.flush();
                int status = SentryCli.run(step.args(), out, err, env);
                if (status != 0) {
                    err.println("demo: step " + number + " failed with exit status " + status);
                    return status;
                }
            }
            out.println();
            out.println("Done: " + steps.size() + " commands, " + sentry.requestCount() + " requests, all answered"
                    + " by the fake Sentry. Against your own Sentry, set SENTRY_AUTH_TOKEN and SENTRY_ORG and run"
                    + " the same commands.");
            return 0;
        }
    }

    private static List<String> quoted(String[] args) {
        return Arrays.stream(args).map(arg -> arg.contains(" ") ? "\"" + arg + "\"" : arg).toList();
    }

    /** One step of the demo: a heading and the command's arguments. */
    private record Step(String title, String... args) {
    }
}
