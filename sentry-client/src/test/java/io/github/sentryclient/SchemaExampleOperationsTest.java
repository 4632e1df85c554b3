package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.support.SchemaExamples;
import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The membership, repository and project-scoped operations, each fed the answer Sentry's schema documents for its
 * route: the request goes where the schema says, and the documented body reads into the typed result.
 */
class SchemaExampleOperationsTest {

    private static final String ORG = "/api/0/organizations/{organization_id_or_slug}/";
    private static final String PROJECT = "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/";

    static Stream<Arguments> operations() {
        return Stream.of(
                arguments("POST", ORG + "members/", 201, "/api/0/organizations/acme/members/",
                        call(c -> c.inviteMember("new.hire@example.com", "member").data().email())),
                arguments("PUT", ORG + "members/{member_id}/", 200, "/api/0/organizations/acme/members/57/",
                        call(c -> c.updateMemberRole("57", "admin").data().id())),
                arguments("POST", ORG + "members/{member_id}/teams/{team_id_or_slug}/", 201,
                        "/api/0/organizations/acme/members/57/teams/payments/",
                        call(c -> c.addMemberToTeam("57", "payments").data().slug())),
                arguments("GET", ORG + "user-teams/", 200, "/api/0/organizations/acme/user-teams/",
                        call(c -> c.listUserTeams().data().get(0).slug())),
                arguments("GET", ORG + "repos/{repo_id}/commits/", 200, "/api/0/organizations/acme/repos/3/commits/",
                        call(c -> c.listRepositoryCommits("3").items().get(0).id())),
                arguments("GET", ORG + "issues/{issue_id}/tags/{key}/", 200,
                        "/api/0/organizations/acme/issues/PROJ-1A/tags/browser/",
                        call(c -> c.getIssueTag("PROJ-1A", "browser").data().key())),
                arguments("GET", PROJECT + "teams/", 200, "/api/0/projects/acme/backend/teams/",
                        call(c -> c.listProjectTeams("backend").items().get(0).slug())),
                arguments("GET", PROJECT + "releases/", 200, "/api/0/projects/acme/backend/releases/",
                        call(c -> c.listProjectReleases("backend").items().get(0).version())),
                arguments("GET", PROJECT + "releases/{version}/commits/", 200,
                        "/api/0/projects/acme/backend/releases/4.2.0/commits/",
                        call(c -> c.listProjectReleaseCommits("backend", "4.2.0").items().get(0).id())),
                arguments("GET", PROJECT + "environments/{environment}/", 200,
                        "/api/0/projects/acme/backend/environments/production/",
                        call(c -> c.getProjectEnvironment("backend", "production").data().name())),
                arguments("PUT", PROJECT + "environments/{environment}/", 200,
                        "/api/0/projects/acme/backend/environments/production/",
                        call(c -> c.setProjectEnvironmentHidden("backend", "production", true).data().name())),
                arguments("GET", PROJECT + "events/", 200, "/api/0/projects/acme/backend/events/",
                        call(c -> c.listProjectEvents("backend").items().get(0).id())),
                arguments("GET", PROJECT + "events/{event_id}/", 200,
                        "/api/0/projects/acme/backend/events/9fac2ceed9344f2bbfdd1fdacb0ed9b1/",
                        call(c -> c.getProjectEvent("backend", "9fac2ceed9344f2bbfdd1fdacb0ed9b1").data().id())),
                arguments("GET", PROJECT + "tags/{key}/values/", 200,
                        "/api/0/projects/acme/backend/tags/browser/values/",
                        call(c -> c.listProjectTagValues("backend", "browser").items().get(0).name())),
                arguments("GET", PROJECT + "issues/", 200, "/api/0/projects/acme/backend/issues/?query=is%3Aunresolved",
                        call(c -> c.listProjectIssues("backend", "is:unresolved").items().get(0).id())),
                arguments("GET", ORG + "events-timeseries/", 200,
                        "/api/0/organizations/acme/events-timeseries/?dataset=spans&yAxis=count%28%29&interval=3600",
                        call(c -> c.eventTimeseries(EventTimeseriesInput.builder().dataset(EventDataset.SPANS)
                                .addYAxis("count()").interval(Duration.ofHours(1)).build()).data().timeSeries()
                                .get(0).yAxis())),
                arguments("GET", PROJECT + "ownership/", 200, "/api/0/projects/acme/backend/ownership/",
                        call(c -> c.getProjectOwnership("backend").data().raw().orElseThrow())),
                arguments("PUT", PROJECT + "ownership/", 202, "/api/0/projects/acme/backend/ownership/",
                        call(c -> c.updateProjectOwnership("backend", "path:src/* #backend", true).data().raw()
                                .orElseThrow())),
                arguments("GET", PROJECT + "users/", 200, "/api/0/projects/acme/backend/users/",
                        call(c -> c.listProjectUsers("backend").items().get(0).id().orElseThrow())),
                arguments("GET", PROJECT + "user-feedback/", 200, "/api/0/projects/acme/backend/user-feedback/",
                        call(c -> c.listUserFeedback("backend").items().get(0).eventID())),
                arguments("POST", PROJECT + "user-feedback/", 200, "/api/0/projects/acme/backend/user-feedback/",
                        call(c -> c.createUserFeedback("backend", "9fac2ceed9344f2bbfdd1fdacb0ed9b1", "Dana",
                                "dana@example.com", "It broke").data().id())),
                arguments("GET", ORG + "project-keys/", 200, "/api/0/organizations/acme/project-keys/",
                        call(c -> c.listOrganizationClientKeys().items().get(0).id())),
                arguments("GET", PROJECT + "hooks/", 200, "/api/0/projects/acme/backend/hooks/",
                        call(c -> c.listServiceHooks("backend").items().get(0).url())),
                arguments("POST", PROJECT + "hooks/", 201, "/api/0/projects/acme/backend/hooks/",
                        call(c -> c.createServiceHook("backend", "https://hooks.example.com/",
                                List.of("event.created")).data().id())),
                arguments("GET", PROJECT + "hooks/{hook_id}/", 200,
                        "/api/0/projects/acme/backend/hooks/0123456789abcdef0123456789abcdef/",
                        call(c -> c.getServiceHook("backend", "0123456789abcdef0123456789abcdef").data().url())),
                arguments("PUT", PROJECT + "hooks/{hook_id}/", 200,
                        "/api/0/projects/acme/backend/hooks/0123456789abcdef0123456789abcdef/",
                        call(c -> c.updateServiceHook("backend", "0123456789abcdef0123456789abcdef",
                                "https://hooks.example.com/v2", List.of("event.alert")).data().id())),
                arguments("GET", PROJECT + "filters/", 200, "/api/0/projects/acme/backend/filters/",
                        call(c -> c.listInboundFilters("backend").data().get(0).id())),
                arguments("PUT", ORG + "members/{member_id}/teams/{team_id_or_slug}/", 200,
                        "/api/0/organizations/acme/members/57/teams/payments/",
                        call(c -> c.updateTeamRole("57", "payments", "admin").data())),
                arguments("GET", ORG + "sessions/", 200, "/api/0/organizations/acme/sessions/?field=sum%28session%29"
                        + "&groupBy=session.status&statsPeriod=24h&interval=1h",
                        call(c -> c.querySessions(List.of("sum(session)"), List.of("session.status"), "24h", "1h")
                                .data().groups().get(0).by().get("session.status").asText())),
                arguments("GET", ORG + "stats-summary/", 200, "/api/0/organizations/acme/stats-summary/"
                        + "?field=sum%28quantity%29&statsPeriod=30d&category=error",
                        call(c -> c.getStatsSummary("error", "30d").data().projects().get(0).slug())),
                arguments("PUT", PROJECT + "environments/", 200, "/api/0/projects/acme/backend/environments/",
                        call(c -> c.setProjectEnvironmentsHidden("backend", List.of("staging"), true).data().get(0)
                                .name())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void readsTheDocumentedAnswer(String method, String route, int status, String target,
            Function<SentryClient, String> operation) {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(status, SchemaExamples.body(method, route, status));

            String read = operation.apply(sentry.client());

            RecordedRequest sent = sentry.take();
            assertThat(sent.getMethod()).isEqualTo(method);
            assertThat(sent.getTarget()).isEqualTo(target);
            assertThat(read).as("a field of the documented body").isNotBlank();
        }
    }

    @Test
    void sendsWhatTheWritesNeedAndRefusesBadArgumentsFirst() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(201, SchemaExamples.body("POST", ORG + "members/", 201)).answerEmpty(204)
                    .answerEmpty(204).answer(200, SchemaExamples.body("PUT", PROJECT + "environments/{environment}/",
                            200));
            SentryClient client = sentry.client();

            client.inviteMember("new.hire@example.com", "manager");
            client.removeMember("57");
            client.bulkDeleteProjectIssues("backend", List.of("1", "2"));
            client.setProjectEnvironmentHidden("backend", "staging", true);

            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"email\":\"new.hire@example.com\",\"orgRole\":\"manager\"}");
            assertThat(sentry.take().getMethod()).isEqualTo("DELETE");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/projects/acme/backend/issues/?id=1&id=2");
            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"isHidden\":true}");
            assertThatThrownBy(() -> client.inviteMember("new.hire@example.com", "superuser"))
                    .hasMessageContaining("orgRole must be one of Sentry's roles");
            assertThatThrownBy(() -> client.bulkDeleteProjectIssues("backend", List.of()))
                    .hasMessageContaining("issueIds");
            assertThatThrownBy(() -> client.listProjectIssues("backend", null)).isInstanceOf(
                    NullPointerException.class);
            assertThatThrownBy(() -> client.getProjectEvent("backend", "latest")).hasMessageContaining("eventId");
            assertThat(sentry.requestCount()).isEqualTo(4);
        }
    }

    private static Function<SentryClient, String> call(Function<SentryClient, String> operation) {
        return operation;
    }
}
