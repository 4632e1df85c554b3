package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.User;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the fake's state in the shapes of Sentry's real response bodies (see the schema's examples): every
 * field the published schema requires is present, with {@code null} where Sentry sends null.
 */
final class Bodies {

    private Bodies() {
    }

    /**
     * An issue as {@code GET} returns it ({@code detail}) or as {@code PUT} returns it (without the detail-only
     * activity, participants, tags and stats).
     */
    static ObjectNode issue(FakeState.IssueRecord record) {
        return issue(record, false, null);
    }

    /** An issue as {@code GET} returns it, with its activity, tags and releases. */
    static ObjectNode issueDetail(FakeState.IssueRecord record, FakeState state) {
        return issue(record, true, state);
    }

    private static ObjectNode issue(FakeState.IssueRecord record, boolean detail, FakeState state) {
        Issue issue = record.issue();
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", issue.id());
        json.put("shareId", record.shareId());
        json.put("shortId", issue.shortId());
        json.put("title", issue.title());
        json.put("culprit", issue.culprit());
        json.put("permalink", issue.permalink());
        json.putNull("logger");
        json.put("level", issue.level());
        json.put("status", wireStatus(issue.status()));
        json.set("statusDetails", record.statusDetails().deepCopy());
        json.put("substatus", issue.substatus().map(s -> s.value()).orElse(null));
        json.put("isPublic", issue.isPublic());
        json.put("platform", issue.platform().orElse(null));
        json.put("priority", issue.priority().map(p -> p.value()).orElse(null));
        json.putNull("priorityLockedAt");
        json.putNull("seerFixabilityScore");
        json.putNull("seerAutofixLastTriggered");
        json.putNull("seerExplorerAutofixLastTriggered");
        json.set("project", project(issue.project()));
        json.put("type", "error");
        json.put("issueType", "error");
        json.put("issueCategory", "error");
        ObjectNode metadata = json.putObject("metadata");
        metadata.put("title", issue.title());
        json.put("numComments", issue.numComments());
        if (issue.assignedTo().isPresent()) {
            json.set("assignedTo", actor(issue.assignedTo().get()));
        } else {
            json.putNull("assignedTo");
        }
        json.put("isBookmarked", issue.isBookmarked());
        json.put("isSubscribed", issue.isSubscribed());
        if (issue.isSubscribed()) {
            json.putObject("subscriptionDetails").put("reason", "unknown");
        } else {
            json.putNull("subscriptionDetails");
        }
        json.put("hasSeen", issue.hasSeen());
        json.putArray("annotations");
        json.put("isUnhandled", false);
        json.put("count", Long.toString(issue.count()));
        json.put("userCount", issue.userCount());
        json.put("firstSeen", date(issue.firstSeen()));
        json.put("lastSeen", date(issue.lastSeen()));
        if (detail) {
            addDetail(json, record, state);
        }
        return json;
    }

    private static JsonNode release(String project, String version, FakeState state) {
        if (version == null) {
            return FakeJson.mapper().nullNode();
        }
        return state.release(version, project).<JsonNode>map(release ->
                ReleaseRoutes.body(state, release)).orElseGet(() -> FakeJson.mapper().createObjectNode()
                        .put("version", version));
    }

    private static void addDetail(ObjectNode json, FakeState.IssueRecord record, FakeState state) {
        Issue issue = record.issue();
        ArrayNode activity = json.putArray("activity");
        for (int i = record.notes().size() - 1; i >= 0; i--) {
            FakeState.Note note = record.notes().get(i);
            ObjectNode item = activity.addObject();
            item.put("id", note.id());
            item.put("type", "note");
            item.set("user", user(note.user()));
            item.putObject("data").put("text", note.text());
            item.put("dateCreated", date(note.dateCreated()));
        }
        ObjectNode firstSeen = activity.addObject();
        firstSeen.put("id", "0");
        firstSeen.put("type", "first_seen");
        firstSeen.putNull("user");
        firstSeen.putObject("data");
        firstSeen.put("dateCreated", date(issue.firstSeen()));
        json.putArray("seenBy");
        json.putArray("participants");
        json.put("userReportCount", 0);
        // Sentry's get_first_last_release: the release as its serializer renders it, or just its version when the
        // events name a release Sentry has no record of.
        json.set("firstRelease", release(record.issue().project().slug(), ReleaseRoutes.firstRelease(record),
                state));
        json.set("lastRelease", release(record.issue().project().slug(), ReleaseRoutes.lastRelease(record),
                state));
        ArrayNode tags = json.putArray("tags");
        for (Map.Entry<String, Map<String, FakeState.TagCount>> tag : record.tags().entrySet()) {
            ObjectNode item = tags.addObject();
            item.put("key", tag.getKey());
            item.put("name", tagName(tag.getKey()));
            item.put("totalValues", tag.getValue().values().stream().mapToLong(FakeState.TagCount::count).sum());
        }
        ObjectNode stats = json.putObject("stats");
        stats.putArray("24h");
        stats.putArray("30d");
    }

    static ObjectNode project(Project project) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", project.id());
        json.put("name", project.name());
        json.put("slug", project.slug());
        json.put("platform", project.platform().orElse(null));
        return json;
    }

    static ObjectNode actor(Actor actor) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("type", actor.type().value());
        json.put("id", actor.id());
        json.put("name", actor.name());
        actor.email().ifPresent(email -> json.put("email", email));
        return json;
    }

    static Actor actor(User user) {
        return Actor.builder().type(Actor.Type.USER).id(user.id()).name(user.name()).email(user.email()).build();
    }

    static ObjectNode user(User user) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", user.id());
        json.put("name", user.name());
        json.put("username", user.username().orElse(user.email().orElse(user.id())));
        json.put("email", user.email().orElse(null));
        json.put("avatarUrl", "https://gravatar.com/avatar/" + user.id() + "?s=32&d=mm");
        json.put("isActive", true);
        json.put("hasPasswordAuth", true);
        json.put("isManaged", false);
        json.putObject("avatar").put("avatarType", "letter_avatar").putNull("avatarUuid");
        return json;
    }

    static ObjectNode note(FakeState.Note note) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", note.id());
        json.set("user", user(note.user()));
        json.putNull("sentry_app");
        json.put("type", "note");
        json.putObject("data").put("text", note.text());
        json.put("dateCreated", date(note.dateCreated()));
        return json;
    }

    static ObjectNode tagValue(String key, FakeState.TagCount value) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("key", key);
        json.put("name", value.value());
        json.put("value", value.value());
        json.put("count", value.count());
        json.put("lastSeen", date(value.lastSeen()));
        json.put("firstSeen", date(value.firstSeen()));
        return json;
    }

    /** The display name Sentry gives a tag key, such as {@code Environment} for {@code environment}. */
    static String tagName(String key) {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    static String date(Instant instant) {
        return instant.toString();
    }

    /** The status as Sentry reports it: never the update-only {@code resolvedInNextRelease}. */
    static String wireStatus(IssueStatus status) {
        return status == IssueStatus.RESOLVED_IN_NEXT_RELEASE ? IssueStatus.RESOLVED.value() : status.value();
    }
}
