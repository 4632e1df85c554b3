package io.github.sentryclient.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An event summarised for a model: its exceptions with their top frames (in-app first, the newest call first), its
 * tags and where it came from; the whole event stays in Sentry.
 */
record EventView(
        @JsonPropertyDescription("The event id, 32 hex digits") String eventId,
        String title,
        String message,
        String dateCreated,
        String platform,
        @JsonPropertyDescription("The exceptions, the one raised last first") List<ExceptionView> exceptions,
        List<TagView> tags,
        @JsonPropertyDescription("The user the event happened to: e-mail, username or id") String user) {

    /** Frames kept per exception. */
    static final int MAX_FRAMES = 5;

    /** One exception: its type, its message, and the top frames of its stack. */
    record ExceptionView(String type, String value,
            @JsonPropertyDescription("The top stack frames, the newest call first; in-app frames when there are"
                    + " any") List<FrameView> frames) {
    }

    /** One stack frame. */
    record FrameView(String filename, String function, Integer lineNo, String module, boolean inApp) {

        String line() {
            return "    at " + (function == null ? "?" : function) + " (" + (filename != null ? filename
                    : module != null ? module : "?") + (lineNo == null ? "" : ":" + lineNo) + ")"
                    + (inApp ? "" : " [library]");
        }
    }

    /** One tag of the event. */
    record TagView(String key, String value) {
    }

    static EventView of(Event event) {
        List<ExceptionView> exceptions = new ArrayList<>();
        event.entries().ifPresent(entries -> entries.forEach(entry -> {
            if ("exception".equals(entry.path("type").asText())) {
                List<ExceptionView> found = new ArrayList<>();
                entry.path("data").path("values").forEach(value -> found.add(exception(value)));
                // Sentry lists chained exceptions oldest first; the one raised last is what the user saw.
                Collections.reverse(found);
                exceptions.addAll(found);
            }
        }));
        String user = event.user().flatMap(u -> u.email().or(u::username).or(u::id)).orElse(null);
        return new EventView(event.eventId().orElse(event.id()), event.title(), event.message().isEmpty() ? null
                : event.message(), event.dateCreated().map(Object::toString).orElse(null),
                event.platform().orElse(null), List.copyOf(exceptions),
                event.tags().stream().map(tag -> new TagView(tag.key(), tag.value())).toList(), user);
    }

    private static ExceptionView exception(JsonNode value) {
        List<FrameView> all = new ArrayList<>();
        value.path("stacktrace").path("frames").forEach(frame -> all.add(new FrameView(text(frame, "filename"),
                text(frame, "function"), frame.path("lineNo").isInt() ? frame.path("lineNo").asInt() : null,
                text(frame, "module"), frame.path("inApp").asBoolean(false))));
        Collections.reverse(all);
        List<FrameView> newestFirst = all;
        List<FrameView> inApp = newestFirst.stream().filter(FrameView::inApp).toList();
        List<FrameView> top = (inApp.isEmpty() ? newestFirst : inApp).stream().limit(MAX_FRAMES).toList();
        return new ExceptionView(text(value, "type"), text(value, "value"), top);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** The summary in Markdown. */
    String markdown() {
        StringBuilder text = new StringBuilder("Event " + eventId + (dateCreated == null ? "" : " at " + dateCreated)
                + (platform == null ? "" : " (" + platform + ")") + "\n");
        for (ExceptionView exception : exceptions) {
            text.append("- ").append(exception.type()).append(": ").append(exception.value()).append('\n');
            exception.frames().forEach(frame -> text.append(frame.line()).append('\n'));
        }
        if (exceptions.isEmpty() && message != null) {
            text.append("- message: ").append(message).append('\n');
        }
        if (!tags.isEmpty()) {
            text.append("- tags: ").append(String.join(", ", tags.stream().map(t -> t.key() + "=" + t.value())
                    .toList())).append('\n');
        }
        if (user != null) {
            text.append("- user: ").append(user).append('\n');
        }
        return text.toString().strip();
    }
}
