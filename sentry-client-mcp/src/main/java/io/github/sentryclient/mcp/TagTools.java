package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.sentryclient.Page;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.mcp.ToolDefinition.Effect;
import io.github.sentryclient.mcp.ToolDefinition.ToolOutput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import java.util.List;

/** The tools on an issue's tags: the tags its events carry, one tag's values, and tagging an issue. */
final class TagTools {

    private TagTools() {
    }

    static List<ToolDefinition<?>> all() {
        return List.of(
                new ToolDefinition<>("list_issue_tags", "List an issue's tags",
                        "Lists the tags the issue's events carry (environment, release, browser, ...) with their"
                                + " most common values and counts. One request.",
                        IssueTools.IssueArgs.class, TagList.class, Effect.READ, TagTools::list),
                new ToolDefinition<>("get_tag_values", "Get a tag's values",
                        "Lists the values of one tag key across the issue's events, most common first, with"
                                + " counts and first and last seen. One request.",
                        TagKey.class, ValueList.class, Effect.READ, TagTools::values),
                new ToolDefinition<>("add_tag", "Tag an issue",
                        "Tags an issue with key=value. Sentry has no issue tags of its own: when the issue's events"
                                + " already carry the tag, nothing is written and the result says event_tag;"
                                + " otherwise the tag is recorded once as a label comment on the issue"
                                + " (label_comment), visible in Sentry but not searchable as a tag. Calling it"
                                + " again finds the label and writes nothing. Two to three requests.",
                        AddTag.class, TagView.class, Effect.UPDATE, TagTools::add));
    }

    /** Arguments naming one tag of an issue. */
    record TagKey(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            @JsonProperty(required = true) @JsonPropertyDescription("The tag key, such as environment") String key) {
    }

    /** Arguments of add_tag. */
    record AddTag(
            @JsonProperty(required = true)
            @JsonPropertyDescription("The numeric issue id or the short id, such as BACKEND-1A") String issueId,
            @JsonProperty(required = true)
            @JsonPropertyDescription("Letters, digits, '_', '.', ':' and '-', at most 32") String key,
            @JsonProperty(required = true) @JsonPropertyDescription("At most 200 characters") String value) {
    }

    /** One tag key of an issue with its top values. */
    record IssueTagView(String key, String name, long totalValues, List<ValueView> topValues) {
    }

    /** One value of a tag. */
    record ValueView(String value, long count, String firstSeen, String lastSeen) {

        static ValueView of(TagValue value) {
            return new ValueView(value.value(), value.count(), value.firstSeen().map(Object::toString).orElse(null),
                    value.lastSeen().map(Object::toString).orElse(null));
        }
    }

    /** Result of list_issue_tags. */
    record TagList(List<IssueTagView> tags) {
    }

    /** Result of get_tag_values. */
    record ValueList(String key, List<ValueView> values,
            @JsonPropertyDescription("Whether there are more values than were returned") boolean more) {
    }

    /** Result of add_tag. */
    record TagView(String issueId, String key, String value,
            @JsonPropertyDescription("event_tag: the events carry it, nothing written; label_comment: recorded"
                    + " as a comment on the issue") String source,
            @JsonPropertyDescription("Whether this call wrote the label comment") boolean created,
            @JsonPropertyDescription("The label comment's id, for label_comment") String commentId,
            @JsonPropertyDescription("How many events carry the tag, for event_tag") Long eventCount) {
    }

    static ToolOutput list(SentryClient client, IssueTools.IssueArgs args) {
        SentryResponse<List<IssueTag>> response = client.listIssueTags(args.issueId());
        List<IssueTagView> tags = response.data().stream().map(tag -> new IssueTagView(tag.key(), tag.name(),
                tag.totalValues(), tag.topValues().stream().map(ValueView::of).toList())).toList();
        StringBuilder text = new StringBuilder(response.message()).append('\n');
        tags.forEach(tag -> text.append("- ").append(tag.key()).append(": ").append(String.join(", ",
                tag.topValues().stream().map(v -> v.value() + " (" + v.count() + ")").toList())).append('\n'));
        return new ToolOutput(text.toString().strip(), new TagList(tags));
    }

    static ToolOutput values(SentryClient client, TagKey args) {
        Page<TagValue> page = client.listTagValues(ListTagValuesInput.builder().issueId(args.issueId())
                .key(args.key()).build());
        List<ValueView> values = page.items().stream().map(ValueView::of).toList();
        StringBuilder text = new StringBuilder(page.message()).append('\n');
        values.forEach(v -> text.append("- ").append(v.value()).append(": ").append(v.count()).append('\n'));
        return new ToolOutput(text.toString().strip(), new ValueList(args.key(), values, page.hasNextPage()));
    }

    static ToolOutput add(SentryClient client, AddTag args) {
        SentryResponse<TagResult> response = client.addTag(AddTagInput.builder().issueId(args.issueId())
                .key(args.key()).value(args.value()).build());
        TagResult tag = response.data();
        TagView view = new TagView(tag.issueId(), tag.key(), tag.value(),
                tag.source() == TagSource.EVENT_TAG ? "event_tag" : "label_comment", tag.created(),
                tag.commentId().orElse(null), tag.eventCount().orElse(null));
        return new ToolOutput(response.message(), view);
    }
}
