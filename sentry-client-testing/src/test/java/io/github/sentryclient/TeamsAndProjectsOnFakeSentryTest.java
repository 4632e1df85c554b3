package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ServiceHook;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UpdateTeamInput;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Teams, projects and client keys on FakeSentry through the client, tied to who issues can be assigned to. */
class TeamsAndProjectsOnFakeSentryTest {

    @RegisterExtension
    final FakeSentryExtension sentry = new FakeSentryExtension();

    @Test
    void aNewTeamCanTakeIssuesOnlyOnceItHasAccessToTheirProject() {
        Issue issue = sentry.fake().addIssue(b -> b.title("Checkout fails"));
        Team team = sentry.client().createTeam(CreateTeamInput.builder().slug("payments").name("Payments").build())
                .data();
        AssignIssueInput assign = AssignIssueInput.builder().issueId(issue.id()).assignee(team.assignee()).build();

        assertThatThrownBy(() -> sentry.client().assignIssue(assign))
                .isInstanceOf(SentryValidationException.class)
                .hasMessageContaining("Cannot assign to a team without access to the project");
        sentry.client().addTeamToProject("backend", "payments");
        assertThat(sentry.client().assignIssue(assign).data().assignedTo().orElseThrow().id()).isEqualTo(team.id());
        assertThat(sentry.client().listTeamProjects("payments").items()).extracting(Project::slug)
                .containsExactly("backend");
        sentry.client().removeTeamFromProject("backend", "payments");
        assertThat(sentry.client().listTeamProjects("payments").items()).isEmpty();
        assertThatThrownBy(() -> sentry.client().createTeam(CreateTeamInput.of("payments")))
                .isInstanceOfSatisfying(SentryClientException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        Team renamed = sentry.client().updateTeam(UpdateTeamInput.builder().teamSlug("payments").newSlug("billing")
                .build())
                .data();
        assertThat(renamed.slug()).isEqualTo("billing");
        assertThat(sentry.client().listTeams().items()).extracting(Team::slug).containsExactly("billing");
        assertThat(sentry.client().listTeamMembers("billing").items()).extracting(m -> m.email())
                .containsExactly("you@example.com");
        assertThat(sentry.client().deleteTeam("billing").statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> sentry.client().getTeam("billing")).isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void createsAProjectWithADefaultKeyAndManagesItsKeys() {
        sentry.client().createTeam(CreateTeamInput.of("payments"));
        Project project = sentry.client().createProject(CreateProjectInput.builder().teamSlug("payments")
                .name("Checkout")
                .platform("java").build()).data();

        ClientKey first = sentry.client().listClientKeys(project.slug()).items().get(0);
        ClientKey ci = sentry.client().createClientKey(project.slug(), "CI").data();
        ClientKey off = sentry.client().updateClientKey(UpdateClientKeyInput.builder().projectSlug(project.slug())
                .keyId(ci.id()).isActive(false).build()).data();

        assertThat(project.slug()).isEqualTo("checkout");
        assertThat(first.name()).isEqualTo("Default");
        assertThat(ci.dsn().orElseThrow().publicDsn()).startsWith("http://" + ci.id() + "@");
        assertThat(off.isActive()).isFalse();
        assertThat(sentry.client().listClientKeys(project.slug()).items()).extracting(ClientKey::name)
                .containsExactly("Default", "CI");
        sentry.client().deleteClientKey(project.slug(), ci.id());
        assertThatThrownBy(() -> sentry.client().getClientKey(project.slug(), ci.id()))
                .isInstanceOf(SentryNotFoundException.class);
        Project renamed = sentry.client().updateProject(UpdateProjectInput.builder().projectSlug("checkout")
                .name("Checkout service").build()).data();
        assertThat(renamed.name()).isEqualTo("Checkout service");
        assertThat(sentry.client().getProject("checkout").data().platform()).hasValue("java");
        assertThatThrownBy(() -> sentry.client().createProject(CreateProjectInput.builder().teamSlug("payments")
                .name("Checkout").build())).isInstanceOfSatisfying(SentryClientException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(sentry.client().deleteProject("checkout").statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> sentry.client().getProject("checkout")).isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void listsAProjectsEnvironmentsAndMembers() {
        Issue issue = sentry.fake().addIssue(b -> b.title("Checkout fails"));
        sentry.fake().addEvent(issue.id(), Map.of("environment", "production"));
        sentry.fake().addMember("dana@example.com", "2", "Dana Developer");

        assertThat(sentry.client().listProjectEnvironments("backend", false).data()).extracting(e -> e.name())
                .containsExactly("production");
        assertThat(sentry.client().listProjectMembers("backend").items()).extracting(m -> m.email())
                .containsExactly("you@example.com", "dana@example.com");
    }

    @Test
    void projectRoutesNeedProjectScopes() {
        try (FakeSentry scoped = FakeSentry.builder().scopes("event:read", "org:read").start();
                SentryClient limited = scoped.clientBuilder().build()) {
            assertThatThrownBy(() -> limited.getProject("backend")).isInstanceOf(SentryPermissionException.class);
            assertThatThrownBy(() -> limited.createTeam(CreateTeamInput.of("payments")))
                    .isInstanceOf(SentryPermissionException.class);
            assertThat(limited.listTeams().items()).isEmpty();
        }
    }

    @Test
    void managesHooksFiltersEnvironmentsTeamRolesAndAProjectsReleaseFiles() {
        ServiceHook hook = sentry.client().createServiceHook("backend", "https://hooks.example.com/sentry",
                List.of("event.created")).data();
        assertThat(hook.toString()).as("the hook's secret stays out of toString()")
                .doesNotContain(hook.secret().orElseThrow());
        sentry.client().updateServiceHook("backend", hook.id(), "https://hooks.example.com/v2", List.of("event.alert"));
        assertThat(sentry.client().getServiceHook("backend", hook.id()).data().events()).containsExactly("event.alert");
        assertThat(sentry.client().listServiceHooks("backend").items()).hasSize(1);
        assertThatThrownBy(() -> sentry.client().createServiceHook("backend", "https://hooks.example.com/",
                List.of("issue.created"))).hasMessageContaining("events must be one or more of");
        sentry.client().deleteServiceHook("backend", hook.id());
        assertThat(sentry.client().listServiceHooks("backend").items()).isEmpty();

        sentry.client().setInboundFilter("backend", "localhost", true);
        assertThat(sentry.client().listInboundFilters("backend").data()).filteredOn(f -> f.id().equals("localhost"))
                .extracting(f -> f.active().orElseThrow()).containsExactly(true);
        assertThatThrownBy(() -> sentry.client().setInboundFilter("backend", "no-such-filter", true))
                .isInstanceOf(SentryNotFoundException.class);

        Issue issue = sentry.fake().addIssue(b -> b.title("Checkout fails"));
        sentry.fake().addEvent(issue.id(), Map.of("environment", "staging"));
        assertThat(sentry.client().setProjectEnvironmentsHidden("backend", List.of("staging"), true).data())
                .extracting(e -> e.isHidden().orElseThrow()).containsExactly(true);
        assertThat(sentry.client().getProjectEnvironment("backend", "staging").data().isHidden()).hasValue(true);

        sentry.client().createTeam(CreateTeamInput.of("payments"));
        assertThat(sentry.client().updateTeamRole("101", "payments", "admin").data()).isEqualTo("admin");
        assertThatThrownBy(() -> sentry.client().updateTeamRole("101", "payments", "owner"))
                .hasMessageContaining("role must be contributor or admin");

        sentry.fake().addRelease("backend@4.2.0");
        String fileId = sentry.fake().addReleaseFile("backend@4.2.0", "~/app.js", 100);
        assertThat(sentry.client().updateProjectReleaseFile("backend", "backend@4.2.0", fileId, "~/app.min.js").data()
                .name()).isEqualTo("~/app.min.js");
        assertThat(sentry.client().listProjectReleaseFiles("backend", "backend@4.2.0").items())
                .extracting(f -> f.name())
                .containsExactly("~/app.min.js");
        assertThat(sentry.client().updateReleaseFile("backend@4.2.0", fileId, "~/app.js").data().name())
                .isEqualTo("~/app.js");
        sentry.client().deleteProjectReleaseFile("backend", "backend@4.2.0", fileId);
        assertThatThrownBy(() -> sentry.client().getProjectReleaseFile("backend", "backend@4.2.0", fileId))
                .isInstanceOf(SentryNotFoundException.class);
    }
}
