package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.Page;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.Comment;
import java.util.List;
import java.util.Optional;

/** The tools on an issue's comments. */
final class CommentTools {

    private CommentTools() {
    }

    static List<ToolDefinition<?>> all() {
        return List.of(
                new ToolDefinition<>("add_comment", "Comment on an issue",
                        "Posts a comment (Markdown) on an issue, optionally mentioning members (e-mail, user:ID)"
                                + " or teams (team:ID), who are notified. Each call posts a new comment, and Sentry"
                                + " refuses the same text twice in a row; a comment is never posted twice by a"
                                + " retry. One request, more when mentions are e-mails.",
                        AddComment.class, CommentView.class, Effect.ADD, CommentTools::add),
                new ToolDefinition<>("list_comments", "List an issue's comments",
                        "Lists the comments on an issue, newest first, with author and date. One request.",
                        IssueTools.IssueArgs.class, CommentList.class, Effect.READ, CommentTools::list));
    }

    /** Arguments of add_comment. */
    record AddComment(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            @JsonProperty(required = true) @JsonPropertyDescription("The comment, Markdown") String comment,
            @JsonPropertyDescription("Who to notify: e-mails, user:ID or team:ID") List<String> mentions) {
    }

    /** One comment. */
    record CommentView(String id, String text, String dateCreated,
            @JsonPropertyDescription("The author's name or e-mail") String author) {

        static CommentView of(Comment comment) {
            return new CommentView(comment.id(), comment.text(), comment.dateCreated().toString(),
                    comment.user().map(user -> user.email().orElse(user.name())).orElse(null));
        }
    }

    /** Result of list_comments. */
    record CommentList(List<CommentView> comments) {
    }

    static ToolOutput add(SentryClient client, AddComment args) {
        AddCommentInput.Builder input = AddCommentInput.builder().issueId(args.issueId()).comment(args.comment());
        Optional.ofNullable(args.mentions()).ifPresent(input::addAllMentions);
        SentryResponse<Comment> response = client.addComment(input.build());
        return new ToolOutput(response.message(), CommentView.of(response.data()));
    }

    static ToolOutput list(SentryClient client, IssueTools.IssueArgs args) {
        Page<Comment> page = client.listComments(args.issueId());
        List<CommentView> comments = page.items().stream().map(CommentView::of).toList();
        StringBuilder text = new StringBuilder(page.message()).append('\n');
        comments.forEach(c -> text.append("- ").append(c.dateCreated()).append(' ')
                .append(c.author() == null ? "" : c.author() + ": ").append(c.text()).append('\n'));
        return new ToolOutput(text.toString().strip(), new CommentList(comments));
    }
}
