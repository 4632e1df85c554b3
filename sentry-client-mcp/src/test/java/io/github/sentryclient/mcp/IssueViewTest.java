package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.Project;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How an issue reads for a model: the fields a triage decision needs, and nothing invented for absent ones. */
class IssueViewTest {

    private static final Project PROJECT = Project.builder().id("2").slug("backend").name("Backend").build();

    @Test
    void leavesOutWhatTheIssueDoesNotHave() {
        Issue bare = Issue.builder().id("7").shortId("BACKEND-7").title("KeyError").project(PROJECT)
                .firstSeen(Instant.EPOCH).lastSeen(Instant.EPOCH).permalink("").build();

        IssueView view = IssueView.of(bare);

        assertThat(view.substatus()).isNull();
        assertThat(view.priority()).isNull();
        assertThat(view.assignedTo()).isNull();
        assertThat(view.permalink()).isNull();
        assertThat(view.line()).isEqualTo("- **BACKEND-7** (id 7) KeyError | unknown | 0 events, 0 users | last seen"
                + " 1970-01-01T00:00:00Z");
        assertThat(view.details()).contains("- status: unknown\n").contains("assigned to: nobody")
                .doesNotContain("http");
    }

    @Test
    void showsTheAssigneeSubstatusPriorityAndBookmark() {
        Issue full = Issue.builder().id("8").shortId("BACKEND-8").title("Timeout").project(PROJECT)
                .firstSeen(Instant.EPOCH).lastSeen(Instant.EPOCH).substatus(IssueSubstatus.ESCALATING)
                .priority(IssuePriority.HIGH).isBookmarked(true)
                .assignedTo(Actor.builder().type(Actor.Type.TEAM).id("12").name("payments").build())
                .permalink("https://acme.sentry.io/issues/8/").build();

        IssueView view = IssueView.of(full);

        assertThat(view.assignedTo()).isEqualTo("team:12");
        assertThat(view.line()).contains("unknown/escalating | priority high").contains("assigned to payments");
        assertThat(view.details()).contains("(escalating), priority: high")
                .contains("assigned to: payments (team:12), bookmarked").endsWith("https://acme.sentry.io/issues/8/");
    }
}
