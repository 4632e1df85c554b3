package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UpdateReleaseInput;
import io.github.sentryclient.model.UpdateTeamInput;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the releases, teams, projects, organization, explore and Seer areas, sync and async, meets a
 * Sentry that answers 404: each sends exactly one request and fails with {@link SentryNotFoundException}, the sync
 * one thrown, the async one as the future's own failure (not wrapped), as the issue operations do.
 */
class EveryOperationErrorTest {

    private static final String HOOK = "0123456789abcdef0123456789abcdef";

    static Stream<Arguments> operations() {
        return Stream.of(
                pair("listOrganizations", c -> c.listOrganizations(), a -> a.listOrganizations()),
                pair("getMember", c -> c.getMember("57"), a -> a.getMember("57")),
                pair("resolveEventId", c -> c.resolveEventId(HOOK), a -> a.resolveEventId(HOOK)),
                pair("listEnvironments", c -> c.listEnvironments(false), a -> a.listEnvironments(false)),
                pair("listRepositories", c -> c.listRepositories(), a -> a.listRepositories()),
                pair("listReleases", c -> c.listReleases(ListReleasesInput.all()),
                        a -> a.listReleases(ListReleasesInput.all())),
                pair("getRelease", c -> c.getRelease("4.2.0"), a -> a.getRelease("4.2.0")),
                pair("createRelease", c -> c.createRelease(release()), a -> a.createRelease(release())),
                pair("updateRelease", c -> c.updateRelease(releaseUpdate()), a -> a.updateRelease(releaseUpdate())),
                pair("deleteRelease", c -> c.deleteRelease("4.2.0"), a -> a.deleteRelease("4.2.0")),
                pair("listDeploys", c -> c.listDeploys("4.2.0"), a -> a.listDeploys("4.2.0")),
                pair("createDeploy", c -> c.createDeploy(deploy()), a -> a.createDeploy(deploy())),
                pair("listReleaseCommits", c -> c.listReleaseCommits("4.2.0"), a -> a.listReleaseCommits("4.2.0")),
                pair("listReleaseCommitFiles", c -> c.listReleaseCommitFiles("4.2.0"),
                        a -> a.listReleaseCommitFiles("4.2.0")),
                pair("listTeams", c -> c.listTeams(), a -> a.listTeams()),
                pair("createTeam", c -> c.createTeam(CreateTeamInput.of("payments")),
                        a -> a.createTeam(CreateTeamInput.of("payments"))),
                pair("getTeam", c -> c.getTeam("payments"), a -> a.getTeam("payments")),
                pair("updateTeam", c -> c.updateTeam(teamUpdate()), a -> a.updateTeam(teamUpdate())),
                pair("deleteTeam", c -> c.deleteTeam("payments"), a -> a.deleteTeam("payments")),
                pair("listTeamMembers", c -> c.listTeamMembers("payments"), a -> a.listTeamMembers("payments")),
                pair("listTeamProjects", c -> c.listTeamProjects("payments"), a -> a.listTeamProjects("payments")),
                pair("createProject", c -> c.createProject(project()), a -> a.createProject(project())),
                pair("addTeamToProject", c -> c.addTeamToProject("backend", "payments"),
                        a -> a.addTeamToProject("backend", "payments")),
                pair("removeTeamFromProject", c -> c.removeTeamFromProject("backend", "payments"),
                        a -> a.removeTeamFromProject("backend", "payments")),
                pair("getProject", c -> c.getProject("backend"), a -> a.getProject("backend")),
                pair("updateProject", c -> c.updateProject(projectUpdate()), a -> a.updateProject(projectUpdate())),
                pair("deleteProject", c -> c.deleteProject("backend"), a -> a.deleteProject("backend")),
                pair("listClientKeys", c -> c.listClientKeys("backend"), a -> a.listClientKeys("backend")),
                pair("createClientKey", c -> c.createClientKey("backend", "CI"),
                        a -> a.createClientKey("backend", "CI")),
                pair("getClientKey", c -> c.getClientKey("backend", HOOK), a -> a.getClientKey("backend", HOOK)),
                pair("updateClientKey", c -> c.updateClientKey(keyUpdate()), a -> a.updateClientKey(keyUpdate())),
                pair("deleteClientKey", c -> c.deleteClientKey("backend", HOOK),
                        a -> a.deleteClientKey("backend", HOOK)),
                pair("listProjectEnvironments", c -> c.listProjectEnvironments("backend", true),
                        a -> a.listProjectEnvironments("backend", true)),
                pair("listProjectMembers", c -> c.listProjectMembers("backend"), a -> a.listProjectMembers("backend")),
                pair("listUserTeams", c -> c.listUserTeams(), a -> a.listUserTeams()),
                pair("listProjectTeams", c -> c.listProjectTeams("backend"), a -> a.listProjectTeams("backend")),
                pair("addMemberToTeam", c -> c.addMemberToTeam("57", "payments"),
                        a -> a.addMemberToTeam("57", "payments")),
                pair("removeMemberFromTeam", c -> c.removeMemberFromTeam("57", "payments"),
                        a -> a.removeMemberFromTeam("57", "payments")),
                pair("listRepositoryCommits", c -> c.listRepositoryCommits("3"), a -> a.listRepositoryCommits("3")),
                pair("inviteMember", c -> c.inviteMember("a@example.com", "member"),
                        a -> a.inviteMember("a@example.com", "member")),
                pair("updateMemberRole", c -> c.updateMemberRole("57", "admin"),
                        a -> a.updateMemberRole("57", "admin")),
                pair("removeMember", c -> c.removeMember("57"), a -> a.removeMember("57")),
                pair("getIssueTag", c -> c.getIssueTag("PROJ-1A", "browser"), a -> a.getIssueTag("PROJ-1A", "browser")),
                pair("listProjectReleases", c -> c.listProjectReleases("backend"),
                        a -> a.listProjectReleases("backend")),
                pair("listProjectReleaseCommits", c -> c.listProjectReleaseCommits("backend", "4.2.0"),
                        a -> a.listProjectReleaseCommits("backend", "4.2.0")),
                pair("getProjectEnvironment", c -> c.getProjectEnvironment("backend", "production"),
                        a -> a.getProjectEnvironment("backend", "production")),
                pair("setProjectEnvironmentHidden", c -> c.setProjectEnvironmentHidden("backend", "production", true),
                        a -> a.setProjectEnvironmentHidden("backend", "production", true)),
                pair("listProjectEvents", c -> c.listProjectEvents("backend"), a -> a.listProjectEvents("backend")),
                pair("getProjectEvent", c -> c.getProjectEvent("backend", HOOK),
                        a -> a.getProjectEvent("backend", HOOK)),
                pair("listProjectTagValues", c -> c.listProjectTagValues("backend", "browser"),
                        a -> a.listProjectTagValues("backend", "browser")),
                pair("listProjectIssues", c -> c.listProjectIssues("backend", ""),
                        a -> a.listProjectIssues("backend", "")),
                pair("bulkDeleteProjectIssues", c -> c.bulkDeleteProjectIssues("backend", List.of("1")),
                        a -> a.bulkDeleteProjectIssues("backend", List.of("1"))),
                pair("eventTimeseries", c -> c.eventTimeseries(timeseries()), a -> a.eventTimeseries(timeseries())),
                pair("getProjectOwnership", c -> c.getProjectOwnership("backend"),
                        a -> a.getProjectOwnership("backend")),
                pair("updateProjectOwnership", c -> c.updateProjectOwnership("backend", "", true),
                        a -> a.updateProjectOwnership("backend", "", true)),
                pair("listProjectUsers", c -> c.listProjectUsers("backend"), a -> a.listProjectUsers("backend")),
                pair("listUserFeedback", c -> c.listUserFeedback("backend"), a -> a.listUserFeedback("backend")),
                pair("createUserFeedback", c -> c.createUserFeedback("backend", HOOK, "Dana", "d@example.com", "x"),
                        a -> a.createUserFeedback("backend", HOOK, "Dana", "d@example.com", "x")),
                pair("listOrganizationClientKeys", c -> c.listOrganizationClientKeys(),
                        a -> a.listOrganizationClientKeys()),
                pair("listReleaseFiles", c -> c.listReleaseFiles("4.2.0"), a -> a.listReleaseFiles("4.2.0")),
                pair("getReleaseFile", c -> c.getReleaseFile("4.2.0", "1"), a -> a.getReleaseFile("4.2.0", "1")),
                pair("deleteReleaseFile", c -> c.deleteReleaseFile("4.2.0", "1"),
                        a -> a.deleteReleaseFile("4.2.0", "1")),
                pair("updateReleaseFile", c -> c.updateReleaseFile("4.2.0", "1", "a.js"),
                        a -> a.updateReleaseFile("4.2.0", "1", "a.js")),
                pair("listServiceHooks", c -> c.listServiceHooks("backend"), a -> a.listServiceHooks("backend")),
                pair("createServiceHook", c -> c.createServiceHook("backend", "https://h.example.com/",
                        List.of("event.alert")), a -> a.createServiceHook("backend", "https://h.example.com/",
                                List.of("event.alert"))),
                pair("getServiceHook", c -> c.getServiceHook("backend", HOOK), a -> a.getServiceHook("backend", HOOK)),
                pair("updateServiceHook", c -> c.updateServiceHook("backend", HOOK, "https://h.example.com/",
                        List.of("event.alert")), a -> a.updateServiceHook("backend", HOOK, "https://h.example.com/",
                                List.of("event.alert"))),
                pair("deleteServiceHook", c -> c.deleteServiceHook("backend", HOOK),
                        a -> a.deleteServiceHook("backend", HOOK)),
                pair("listInboundFilters", c -> c.listInboundFilters("backend"), a -> a.listInboundFilters("backend")),
                pair("setInboundFilter", c -> c.setInboundFilter("backend", "localhost", true),
                        a -> a.setInboundFilter("backend", "localhost", true)),
                pair("setProjectEnvironmentsHidden", c -> c.setProjectEnvironmentsHidden("backend", List.of("qa"),
                        true), a -> a.setProjectEnvironmentsHidden("backend", List.of("qa"), true)),
                pair("updateTeamRole", c -> c.updateTeamRole("57", "payments", "admin"),
                        a -> a.updateTeamRole("57", "payments", "admin")),
                pair("listProjectReleaseFiles", c -> c.listProjectReleaseFiles("backend", "4.2.0"),
                        a -> a.listProjectReleaseFiles("backend", "4.2.0")),
                pair("getProjectReleaseFile", c -> c.getProjectReleaseFile("backend", "4.2.0", "1"),
                        a -> a.getProjectReleaseFile("backend", "4.2.0", "1")),
                pair("updateProjectReleaseFile", c -> c.updateProjectReleaseFile("backend", "4.2.0", "1", "a.js"),
                        a -> a.updateProjectReleaseFile("backend", "4.2.0", "1", "a.js")),
                pair("deleteProjectReleaseFile", c -> c.deleteProjectReleaseFile("backend", "4.2.0", "1"),
                        a -> a.deleteProjectReleaseFile("backend", "4.2.0", "1")),
                pair("searchEvents", c -> c.searchEvents(search()), a -> a.searchEvents(search())),
                pair("getTraceMeta", c -> c.getTraceMeta(GetTraceInput.of(HOOK)),
                        a -> a.getTraceMeta(GetTraceInput.of(HOOK))),
                pair("getTrace", c -> c.getTrace(GetTraceInput.of(HOOK)), a -> a.getTrace(GetTraceInput.of(HOOK))),
                pair("getAutofix", c -> c.getAutofix("PROJ-1A"), a -> a.getAutofix("PROJ-1A")),
                pair("startAutofix", c -> c.startAutofix(autofix()), a -> a.startAutofix(autofix())),
                pair("listSeerModels", c -> c.listSeerModels(), a -> a.listSeerModels()),
                pair("bulkUpdateProjectIssues", c -> c.bulkUpdateProjectIssues("backend", bulk()),
                        a -> a.bulkUpdateProjectIssues("backend", bulk())),
                pair("enableSpikeProtection", c -> c.enableSpikeProtection(List.of("backend")),
                        a -> a.enableSpikeProtection(List.of("backend"))),
                pair("disableSpikeProtection", c -> c.disableSpikeProtection(List.of("$all")),
                        a -> a.disableSpikeProtection(List.of("$all"))),
                pair("getStatsSummary", c -> c.getStatsSummary("error", "30d"), a -> a.getStatsSummary("error", "30d")),
                pair("querySessions", c -> c.querySessions(List.of("sum(session)"), List.of(), "24h", "1h"),
                        a -> a.querySessions(List.of("sum(session)"), List.of(), "24h", "1h")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void failsWithTheTypedExceptionSyncAndAsync(String name, Consumer<SentryClient> sync,
            Function<SentryAsyncClient, CompletableFuture<?>> async) {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                            .body("{\"detail\":\"The requested resource does not exist\"}").build();
                }
            });

            assertThatThrownBy(() -> sync.accept(sentry.client())).isInstanceOf(SentryNotFoundException.class);
            CompletableFuture<?> future = async.apply(sentry.client().async());
            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(SentryNotFoundException.class);
            assertThat(sentry.requestCount()).as("one request each").isEqualTo(2);
        }
    }

    private static Arguments pair(String name, Consumer<SentryClient> sync,
            Function<SentryAsyncClient, CompletableFuture<?>> async) {
        return Arguments.of(name, sync, async);
    }

    private static CreateReleaseInput release() {
        return CreateReleaseInput.builder().version("4.2.0").addProjects("backend").build();
    }

    private static UpdateReleaseInput releaseUpdate() {
        return UpdateReleaseInput.builder().version("4.2.0").ref("v4.2.0").build();
    }

    private static CreateDeployInput deploy() {
        return CreateDeployInput.builder().version("4.2.0").environment("production").build();
    }

    private static UpdateTeamInput teamUpdate() {
        return UpdateTeamInput.builder().teamSlug("payments").name("Payments").build();
    }

    private static CreateProjectInput project() {
        return CreateProjectInput.builder().teamSlug("payments").name("Checkout").build();
    }

    private static UpdateProjectInput projectUpdate() {
        return UpdateProjectInput.builder().projectSlug("backend").name("Backend").build();
    }

    private static UpdateClientKeyInput keyUpdate() {
        return UpdateClientKeyInput.builder().projectSlug("backend").keyId(HOOK).isActive(false).build();
    }

    private static EventTimeseriesInput timeseries() {
        return EventTimeseriesInput.builder().dataset(EventDataset.ERRORS).addYAxis("count()").build();
    }

    private static SearchEventsInput search() {
        return SearchEventsInput.builder().dataset(EventDataset.ERRORS).addFields("title").build();
    }

    private static BulkUpdateIssuesInput bulk() {
        return BulkUpdateIssuesInput.builder().addIssueIds("1", "2").hasSeen(true).build();
    }

    private static StartAutofixInput autofix() {
        return StartAutofixInput.builder().issueId("PROJ-1A").build();
    }
}
