package io.github.sentryclient.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.User;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints results as aligned tables for people, or as JSON for scripts ({@code --json}). */
final class Output {

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void issue(SentryResponse<Issue> response) {
        if (json) {
            json(response.data());
            return;
        }
        out.println(clean(response.message()));
        issueTable(response.data());
    }

    void comment(SentryResponse<Comment> response) {
        Comment comment = response.data();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", comment.id());
            fields.put("text", comment.text());
            fields.put("dateCreated", comment.dateCreated());
            comment.user().ifPresent(user -> fields.put("user", user));
            json(fields);
            return;
        }
        out.println(clean(response.message()));
        table(List.of(
                row("comment id", comment.id()),
                row("text", comment.text()),
                row("author", comment.user().map(Output::name).orElse("-")),
                row("created", comment.dateCreated().toString())));
    }

    void tag(SentryResponse<TagResult> response) {
        TagResult tag = response.data();
        if (json) {
            json(tag);
            return;
        }
        out.println(clean(response.message()));
        List<String[]> rows = new ArrayList<>();
        rows.add(row("issue", tag.issueId()));
        rows.add(row("tag", tag.key() + "=" + tag.value()));
        rows.add(row("source", tag.source().toString()));
        tag.commentId().ifPresent(id -> rows.add(row("comment id", id)));
        tag.eventCount().ifPresent(count -> rows.add(row("events", count.toString())));
        rows.add(row("created", Boolean.toString(tag.created())));
        table(rows);
    }

    void issues(List<Issue> issues) {
        if (json) {
            json(issues);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SHORT ID", "STATUS", "EVENTS", "USERS", "LAST SEEN", "TITLE"});
        for (Issue issue : issues) {
            String[] row = {issue.shortId(), issue.status().value(), Long.toString(issue.count()),
                Integer.toString(issue.userCount()), issue.lastSeen().toString(), issue.title()};
            rows.add(row);
        }
        table(rows);
        out.println(issues.size() == 1 ? "1 issue" : issues.size() + " issues");
    }

    /** A line of its own, such as a demo step's heading. */
    void line(String text) {
        out.println(clean(text));
    }

    private void issueTable(Issue issue) {
        table(List.of(
                row("id", issue.id()),
                row("short id", issue.shortId()),
                row("title", issue.title()),
                row("status", issue.status().value() + issue.substatus().map(s -> " (" + s.value() + ")").orElse("")),
                row("level", issue.level()),
                row("events", issue.count() + " (" + issue.userCount() + " users)"),
                row("assignee", issue.assignedTo().map(Output::name).orElse("-")),
                row("project", issue.project().slug()),
                row("first seen", issue.firstSeen().toString()),
                row("last seen", issue.lastSeen().toString()),
                row("link", issue.permalink())));
    }

    private void table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                row[i] = clean(row[i]);
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void json(Object value) {
        try {
            out.println(CliJson.output().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] row(String name, String value) {
        return new String[] {"  " + name, value.isEmpty() ? "-" : value};
    }

    private static String name(Actor actor) {
        return actor.name() + " (" + actor.assignee() + ")";
    }

    private static String name(User user) {
        return user.name();
    }

    /** Keeps text from Sentry from moving the cursor or changing the terminal: control characters become spaces. */
    static String clean(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
