package io.github.sentryclient.cli;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code issue get|resolve|unresolve|ignore|assign|comment|tag}: one issue at a time. */
@Command(name = "issue", description = "Read or change one issue.")
final class IssueCommand {

    @ParentCommand
    SentryCli root;

    @Spec
    CommandSpec spec;

    @Command(name = "get", description = "Show an issue.")
    int get(@Parameters(paramLabel = "ID", description = "Numeric id or short id.") String id,
            @Mixin Connection connection) {
        return run(connection, (client, output) ->
                output.issue(client.getIssue(GetIssueInput.builder().issueId(id).build())));
    }

    @Command(name = "resolve", description = "Mark an issue resolved.")
    int resolve(@Parameters(paramLabel = "ID") String id, @Mixin Connection connection) {
        return status(id, IssueStatus.RESOLVED, connection);
    }

    @Command(name = "unresolve", description = "Reopen an issue.")
    int unresolve(@Parameters(paramLabel = "ID") String id, @Mixin Connection connection) {
        return status(id, IssueStatus.UNRESOLVED, connection);
    }

    @Command(name = "ignore", description = "Ignore (archive) an issue.")
    int ignore(@Parameters(paramLabel = "ID") String id, @Mixin Connection connection) {
        return status(id, IssueStatus.IGNORED, connection);
    }

    @Command(name = "assign", description = "Assign an issue to a user or team.")
    int assign(@Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "ASSIGNEE", description = "user:ID, team:ID, a username or an e-mail.")
            String assignee,
            @Mixin Connection connection) {
        return run(connection, (client, output) -> output.issue(client.assignIssue(
                AssignIssueInput.builder().issueId(id).assignee(assignee).build())));
    }

    @Command(name = "comment", description = "Add a comment to an issue.")
    int comment(@Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "TEXT", description = "The comment (quote it).") String text,
            @Mixin Connection connection) {
        return run(connection, (client, output) -> output.comment(client.addComment(
                AddCommentInput.builder().issueId(id).comment(text).build())));
    }

    @Command(name = "tag", description = "Label an issue KEY=VALUE (an event tag or a label comment).")
    int tag(@Parameters(paramLabel = "ID") String id, @Parameters(paramLabel = "KEY") String key,
            @Parameters(paramLabel = "VALUE") String value, @Mixin Connection connection) {
        return run(connection, (client, output) -> output.tag(client.addTag(
                AddTagInput.builder().issueId(id).key(key).value(value).build())));
    }

    private int status(String id, IssueStatus status, Connection connection) {
        return run(connection, (client, output) -> output.issue(client.updateIssueStatus(
                UpdateIssueStatusInput.builder().issueId(id).status(status).build())));
    }

    private int run(Connection connection, BiConsumer<SentryClient, Output> action) {
        Output output = new Output(spec.commandLine().getOut(), connection.json);
        try (SentryClient client = connection.client(root.env())) {
            action.accept(client, output);
        }
        return 0;
    }
}
