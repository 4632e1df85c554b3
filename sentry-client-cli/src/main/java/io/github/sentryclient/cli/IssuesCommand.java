package io.github.sentryclient.cli;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.ListIssuesInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code issues list}: searches the organization's issues. */
@Command(name = "issues", description = "Search the organization's issues.")
final class IssuesCommand {

    /** The most issues Sentry returns per page; longer lists are read page by page. */
    private static final int PAGE_SIZE = 100;

    @ParentCommand
    SentryCli root;

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List issues, most recently seen first.")
    int list(@Option(names = "--query", paramLabel = "Q", defaultValue = "is:unresolved",
                    description = "Sentry search, such as \"is:unresolved assigned:me\" (default: ${DEFAULT-VALUE};"
                            + " \"\" for all issues).") String query,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "25",
                    description = "Show at most N issues (default: ${DEFAULT-VALUE}).") int limit,
            @Mixin Connection connection) {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        Output output = new Output(spec.commandLine().getOut(), connection.json);
        ListIssuesInput input = ListIssuesInput.builder().query(query).limit(Math.min(limit, PAGE_SIZE)).build();
        try (SentryClient client = connection.client(root.env())) {
            output.issues(client.listIssues(input).stream(limit).toList());
        }
        return 0;
    }
}
