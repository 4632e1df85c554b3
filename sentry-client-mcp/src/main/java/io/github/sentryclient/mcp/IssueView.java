package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;

/**
 * An issue as the tools return it: the fields a triage decision needs, read from the library's {@link Issue}.
 */
record IssueView(
        @JsonPropertyDescription("The numeric issue id") String id,
        @JsonPropertyDescription("The short id shown in Sentry's UI, such as BACKEND-1A") String shortId,
        String title,
        @JsonPropertyDescription("Where the error happened: module and function") String culprit,
        @JsonPropertyDescription("unresolved, resolved, resolvedInNextRelease or ignored") String status,
        @JsonPropertyDescription("ongoing, escalating, regressed, new, archived_until_escalating, ...")
        String substatus,
        @JsonPropertyDescription("low, medium or high") String priority,
        String level,
        @JsonPropertyDescription("Events in the issue") long count,
        @JsonPropertyDescription("Users affected") int userCount,
        String firstSeen,
        String lastSeen,
        @JsonPropertyDescription("The assignee as user:ID or team:ID, absent when unassigned") String assignedTo,
        @JsonPropertyDescription("The assignee's name") String assignedToName,
        @JsonPropertyDescription("The project's slug") String project,
        @JsonPropertyDescription("The issue's page in Sentry") String permalink,
        boolean isBookmarked,
        int numComments) {

    static IssueView of(Issue issue) {
        Actor assignee = issue.assignedTo().orElse(null);
        return new IssueView(issue.id(), issue.shortId(), issue.title(), issue.culprit(), issue.status().value(),
                issue.substatus().map(s -> s.value()).orElse(null), issue.priority().map(p -> p.value()).orElse(null),
                issue.level(), issue.count(), issue.userCount(), issue.firstSeen().toString(),
                issue.lastSeen().toString(), assignee == null ? null : assignee.assignee(),
                assignee == null ? null : assignee.name(), issue.project().slug(),
                issue.permalink().isEmpty() ? null : issue.permalink(), issue.isBookmarked(), issue.numComments());
    }

    /** One Markdown line: short id, title, status and counts. */
    String line() {
        return "- **" + shortId + "** (id " + id + ") " + title + " | " + status
                + (substatus == null ? "" : "/" + substatus) + (priority == null ? "" : " | priority " + priority)
                + " | " + count + " events, " + userCount + " users | last seen " + lastSeen
                + (assignedTo == null ? "" : " | assigned to " + assignedToName);
    }

    /** A few Markdown lines with every field an agent acts on. */
    String details() {
        return "**" + shortId + "**: " + title + "\n"
                + "- id: " + id + ", project: " + project + ", level: " + level + "\n"
                + "- status: " + status + (substatus == null ? "" : " (" + substatus + ")")
                + (priority == null ? "" : ", priority: " + priority) + "\n"
                + "- " + count + " events, " + userCount + " users, first seen " + firstSeen + ", last seen "
                + lastSeen + "\n"
                + "- culprit: " + culprit + "\n"
                + "- assigned to: " + (assignedTo == null ? "nobody" : assignedToName + " (" + assignedTo + ")")
                + (isBookmarked ? ", bookmarked" : "") + ", " + numComments + " comments"
                + (permalink == null ? "" : "\n- " + permalink);
    }
}
