package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.EventTag;
import io.github.sentryclient.model.EventUser;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How an event is summarised: the exception raised last first, the newest in-app frames, at most five. */
class EventViewTest {

    @Test
    void keepsTheNewestInAppFramesOfEachExceptionTheLastRaisedFirst() throws Exception {
        StringBuilder frames = new StringBuilder();
        IntStream.rangeClosed(1, 8).forEach(i -> frames.append(i == 1 ? "" : ",").append("{\"filename\":\"app/f")
                .append(i).append(".py\",\"function\":\"f").append(i).append("\",\"lineNo\":").append(i * 10)
                .append(",\"inApp\":").append(i != 8).append('}'));
        String entries = "[{\"type\":\"breadcrumbs\",\"data\":{}},{\"type\":\"exception\",\"data\":{\"values\":["
                + "{\"type\":\"KeyError\",\"value\":\"'pressure'\",\"stacktrace\":null},"
                + "{\"type\":\"ValueError\",\"value\":\"bad reading\",\"stacktrace\":{\"frames\":[" + frames
                + "]}}]}}]";
        Event event = Event.builder().id("e1").eventId("abc").title("ValueError: bad reading")
                .entries(McpJson.mapper().readTree(entries))
                .addTags(EventTag.builder().key("release").value("4.2.0").build())
                .user(EventUser.builder().email("ana@example.com").build())
                .build();

        EventView view = EventView.of(event);

        assertThat(view.exceptions()).extracting(EventView.ExceptionView::type)
                .containsExactly("ValueError", "KeyError");
        assertThat(view.exceptions().get(0).frames()).extracting(EventView.FrameView::function)
                .containsExactly("f7", "f6", "f5", "f4", "f3");
        assertThat(view.exceptions().get(1).frames()).isEmpty();
        assertThat(view.user()).isEqualTo("ana@example.com");
        assertThat(view.markdown()).contains("- ValueError: bad reading\n    at f7 (app/f7.py:70)")
                .contains("- tags: release=4.2.0").contains("- user: ana@example.com");
    }

    @Test
    void fallsBackToLibraryFramesAndToTheMessage() throws Exception {
        String entries = "[{\"type\":\"exception\",\"data\":{\"values\":[{\"type\":\"Error\",\"value\":\"x\","
                + "\"stacktrace\":{\"frames\":[{\"module\":\"lib.core\",\"function\":\"run\"}]}}]}}]";
        EventView library = EventView.of(Event.builder().id("e2").entries(McpJson.mapper().readTree(entries))
                .build());
        EventView message = EventView.of(Event.builder().id("e3").message("disk full").build());

        assertThat(library.exceptions().get(0).frames()).extracting(EventView.FrameView::line)
                .containsExactly("    at run (lib.core) [library]");
        assertThat(library.eventId()).isEqualTo("e2");
        assertThat(message.exceptions()).isEmpty();
        assertThat(message.markdown()).isEqualTo("Event e3\n- message: disk full");
        assertThat(new EventView.FrameView(null, null, null, null, true).line()).isEqualTo("    at ? (?)");
        assertThat(new EventView.FrameView("a.py", "f", 3, null, false).line())
                .isEqualTo("    at f (a.py:3) [library]");
    }
}
