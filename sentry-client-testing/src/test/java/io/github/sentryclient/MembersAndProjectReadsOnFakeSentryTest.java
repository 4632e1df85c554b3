package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invitations, team membership and the project-scoped reads on FakeSentry through the client. */
class MembersAndProjectReadsOnFakeSentryTest {

    @RegisterExtension
    final FakeSentryExtension sentry = new FakeSentryExtension();

    @Test
    void invitesChangesAndRemovesMembersAndTheirTeams() {
        sentry.fake().addMember("dana@example.com", "2", "Dana Developer");
        Team team = sentry.client().createTeam(CreateTeamInput.of("payments")).data();

        Member invited = sentry.client().inviteMember("new.hire@example.com", "member").data();
        assertThat(invited.pending()).isTrue();
        assertThat(invited.assignee()).as("an invitation cannot be assigned issues yet").isEmpty();
        assertThat(sentry.client().updateMemberRole(invited.id(), "admin").data().orgRole()).hasValue("admin");
        assertThat(sentry.client().listMembers().items()).extracting(Member::email).contains("new.hire@example.com");
        assertThatThrownBy(() -> sentry.client().inviteMember("dana@example.com", "member"))
                .isInstanceOfSatisfying(SentryValidationException.class, e -> assertThat(e.getMessage())
                        .contains("has already been invited"));
        sentry.client().removeMember(invited.id());
        assertThatThrownBy(() -> sentry.client().getMember(invited.id())).isInstanceOf(SentryNotFoundException.class);

        sentry.client().addMemberToTeam("102", "payments");
        assertThat(sentry.client().listTeamMembers("payments").items()).extracting(Member::email)
                .containsExactly("you@example.com", "dana@example.com");
        sentry.client().removeMemberFromTeam("101", "payments");
        assertThat(sentry.client().listUserTeams().data()).as("the token's user left the team").isEmpty();
        assertThat(sentry.client().getTeam("payments").data().memberCount()).isEqualTo(1);
        assertThat(team.isMember()).isTrue();
    }

    @Test
    void readsAndChangesAProjectsIssuesEventsEnvironmentsAndReleases() {
        Issue open = sentry.fake().addIssue(b -> b.title("ZeroDivisionError"));
        Issue fixed = sentry.fake().addIssue(b -> b.title("KeyError").status(IssueStatus.RESOLVED));
        String eventId = sentry.fake().addEvent(open.id(), Map.of("environment", "production", "browser", "Firefox"));
        sentry.fake().addRelease("backend@4.2.0");
        sentry.fake().addCommit("backend@4.2.0", "a1b2c3", "fix: the divisor", "dana@example.com");
        sentry.fake().addRepository("acme/backend");

        assertThat(sentry.client().listProjectIssues("backend", "is:unresolved").items()).extracting(Issue::id)
                .containsExactly(open.id());
        assertThat(sentry.client().listProjectIssues("backend", "").items()).hasSize(2);
        sentry.client().bulkDeleteProjectIssues("backend", List.of(fixed.id()));
        assertThat(sentry.fake().hasIssue(fixed.id())).isFalse();
        assertThat(sentry.client().listProjectEvents("backend").items()).extracting(e -> e.id())
                .containsExactly(eventId);
        assertThat(sentry.client().getProjectEvent("backend", eventId).data().id()).isEqualTo(eventId);
        assertThat(sentry.client().listProjectTagValues("backend", "browser").items()).extracting(v -> v.value())
                .containsExactly("Firefox");
        Environment hidden = sentry.client().setProjectEnvironmentHidden("backend", "production", true).data();
        assertThat(hidden.isHidden()).hasValue(true);
        assertThat(sentry.client().getProjectEnvironment("backend", "production").data().isHidden()).hasValue(true);
        assertThat(sentry.client().listProjectReleases("backend").items()).extracting(Release::version)
                .containsExactly("backend@4.2.0");
        assertThat(sentry.client().listProjectReleaseCommits("backend", "backend@4.2.0").items())
                .extracting(c -> c.id())
                .containsExactly("a1b2c3");
        assertThat(sentry.client().listRepositoryCommits("1").items()).extracting(c -> c.id())
                .containsExactly("a1b2c3");
        assertThat(sentry.client().getIssueTag(open.id(), "browser").data().totalValues()).isEqualTo(1);
        assertThat(sentry.client().listProjectTeams("backend").items()).isEmpty();
    }

    @Test
    void bulkUpdatesOnlyTheNamedIssuesOfTheProject() {
        Issue first = sentry.fake().addIssue(b -> b.title("ZeroDivisionError"));
        Issue second = sentry.fake().addIssue(b -> b.title("KeyError"));
        Issue elsewhere = sentry.fake().addIssue(b -> b.title("TimeoutError")
                .project(Project.builder().id("7").slug("mobile").name("Mobile").build()));
        Issue untouched = sentry.fake().addIssue(b -> b.title("ValueError"));

        BulkUpdateResult result = sentry.client().bulkUpdateProjectIssues("backend", BulkUpdateIssuesInput.builder()
                .addIssueIds(first.id(), second.id(), elsewhere.id()).status(IssueStatus.RESOLVED).build()).data();

        assertThat(result.issueIds()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(result.unmatchedIds()).as("an issue of another project").containsExactly(elsewhere.id());
        assertThat(sentry.fake().issue(first.id()).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(sentry.fake().issue(elsewhere.id()).status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(sentry.fake().issue(untouched.id()).status()).isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(sentry.fake().exchanges()).filteredOn(e -> e.method().equals("PUT")).extracting(e -> e.path())
                .containsExactly("/api/0/projects/acme/backend/issues/");
    }
}
