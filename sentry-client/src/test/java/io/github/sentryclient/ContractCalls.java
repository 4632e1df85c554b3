package io.github.sentryclient;

import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.DeleteCommentInput;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.model.GetIssueEventInput;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueSort;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.ListIssueEventsInput;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.ReleaseRef;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateCommentInput;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UpdateReleaseInput;
import io.github.sentryclient.model.UpdateTeamInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The contract suite's calls of the listing, update, bulk, comment, tag, event, short id and organization
 * operations, each with every kind of parameter it sends; the deleting ones come last and leave the main issue in
 * place.
 */
final class ContractCalls {

    /** The event the FakeSentry run records, so that its id can be resolved. */
    static final String EVENT_ID = "9fac2ceed9344f2bbfdd1fdacb0ed9b1";

    /** A trace the FakeSentry run tags its event with. */
    static final String TRACE_ID = "a9ac3ee1d2f74fb8b5d74e2fc2b31b3b";

    private ContractCalls() {
    }

    /**
     * The calls.
     *
     * @param issueId the issue to read and change, by id or short id
     * @param numericId its numeric id, for the bulk calls
     * @param disposableId another issue, which the last call deletes
     */
    static List<Consumer<SentryClient>> calls(String issueId, String numericId, String disposableId) {
        return List.of(
                c -> c.listIssues(ListIssuesInput.builder().query("is:unresolved").addProjects("2", "backend")
                        .addEnvironments("production").statsPeriod("14d").sort(IssueSort.FREQ).limit(50).build())
                        .stream(120).count(),
                c -> c.listIssues(ListIssuesInput.builder().allProjects(true).start(Instant.EPOCH)
                        .end(Instant.parse("2026-11-26T00:00:00Z")).build()),
                c -> c.updateIssue(UpdateIssueInput.builder().issueId(issueId).status(IssueStatus.IGNORED)
                        .substatus(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET)
                        .statusDetails(StatusDetails.builder().ignoreCount(10).ignoreWindow(60).ignoreUserCount(5)
                                .ignoreUserWindow(120).ignoreDuration(30).build())
                        .priority(IssuePriority.HIGH).isBookmarked(true).hasSeen(true).isSubscribed(true)
                        .isPublic(false).assignee("jane@example.com").build()),
                c -> c.updateIssue(UpdateIssueInput.builder().issueId(issueId).status(IssueStatus.RESOLVED)
                        .statusDetails(StatusDetails.resolvedInRelease("1.0.0")).build()),
                c -> c.archiveIssueUntilEscalating(issueId),
                c -> c.unassignIssue(issueId),
                c -> c.bulkUpdateIssues(BulkUpdateIssuesInput.builder().addIssueIds(numericId, "999999")
                        .status(IssueStatus.RESOLVED).priority(IssuePriority.LOW).build()),
                c -> c.bulkUpdateIssues(BulkUpdateIssuesInput.builder().addIssueIds("999999").hasSeen(true).build()),
                c -> c.listComments(issueId),
                c -> c.updateComment(UpdateCommentInput.builder().issueId(issueId).commentId("1").comment("edit")
                        .build()),
                c -> c.deleteComment(DeleteCommentInput.builder().issueId(issueId).commentId("1").build()),
                c -> c.listIssueTags(issueId),
                c -> c.listTagValues(ListTagValuesInput.builder().issueId(issueId).key("environment").build()),
                c -> c.listIssueEvents(ListIssueEventsInput.builder().issueId(issueId).full(true)
                        .addEnvironments("production").statsPeriod("24h").query("release:1.0.0").build()),
                c -> c.getIssueEvent(GetIssueEventInput.latest(issueId)),
                c -> c.getIssueEvent(GetIssueEventInput.builder().issueId(issueId)
                        .eventId("0123456789abcdef0123456789abcdef").build()),
                c -> c.listIssueHashes(issueId),
                c -> c.resolveShortId("BACKEND-1"),
                c -> c.listProjects(),
                c -> c.listMembers(),
                c -> c.findMemberByEmail("jane@example.com"),
                c -> c.getOrganization(),
                c -> c.listOrganizations(),
                c -> c.getMember("101"),
                c -> c.resolveEventId(EVENT_ID),
                c -> c.listEnvironments(true),
                c -> c.listRepositories(),
                c -> c.createRelease(CreateReleaseInput.builder().version("backend@1.0.0").addProjects("backend")
                        .ref("v1.0.0").url("https://ci.example.com/1").dateReleased(Instant.EPOCH)
                        .addRefs(ReleaseRef.builder().repository("acme/backend").commit("a1b2c3")
                                .previousCommit("0f0f0f").build()).build()),
                c -> c.listReleases(ListReleasesInput.builder().query("1.0").addProjects("2")
                        .addEnvironments("production").build()),
                c -> c.getRelease("backend@1.0.0"),
                c -> c.updateRelease(UpdateReleaseInput.builder().version("backend@1.0.0").ref("v1.0.1")
                        .url("https://ci.example.com/2").dateReleased(Instant.EPOCH).build()),
                c -> c.createDeploy(CreateDeployInput.builder().version("backend@1.0.0").environment("production")
                        .name("deploy 1").url("https://ci.example.com/deploys/1").dateStarted(Instant.EPOCH)
                        .dateFinished(Instant.EPOCH).addProjects("backend").build()),
                c -> c.listDeploys("backend@1.0.0"),
                c -> c.listReleaseCommits("backend@1.0.0"),
                c -> c.listReleaseCommitFiles("backend@1.0.0"),
                c -> c.searchEvents(SearchEventsInput.builder().dataset(EventDataset.ERRORS)
                        .addFields("issue", "title", "count()").query("environment:production").sort("-count()")
                        .addProjects("2").addEnvironments("production").statsPeriod("14d").perPage(10).build()),
                c -> c.searchEvents(SearchEventsInput.builder().dataset(EventDataset.ERRORS).addFields("id")
                        .start(Instant.EPOCH).end(Instant.parse("2026-11-26T00:00:00Z")).cursor("0:10:0").build()),
                c -> c.getTraceMeta(GetTraceInput.builder().traceId(TRACE_ID).statsPeriod("14d").build()),
                c -> c.getTrace(GetTraceInput.of(TRACE_ID)),
                c -> c.getAutofix(issueId),
                c -> c.startAutofix(StartAutofixInput.builder().issueId(issueId)
                        .stoppingPoint(StartAutofixInput.StoppingPoint.ROOT_CAUSE).userContext("Look at the sensor")
                        .build()),
                c -> c.createTeam(CreateTeamInput.builder().slug("payments").name("Payments").build()),
                c -> c.listTeams(),
                c -> c.getTeam("payments"),
                c -> c.updateTeam(UpdateTeamInput.builder().teamSlug("payments").name("Payments team").build()),
                c -> c.listTeamMembers("payments"),
                c -> c.createProject(CreateProjectInput.builder().teamSlug("payments").name("Checkout")
                        .slug("checkout").platform("java").build()),
                c -> c.listTeamProjects("payments"),
                c -> c.addTeamToProject("backend", "payments"),
                c -> c.removeTeamFromProject("backend", "payments"),
                c -> c.getProject("backend"),
                c -> c.updateProject(UpdateProjectInput.builder().projectSlug("checkout").name("Checkout service")
                        .platform("java-spring").isBookmarked(true).build()),
                c -> c.listClientKeys("backend"),
                c -> {
                    String keyId = c.createClientKey("backend", "CI").data().id();
                    c.getClientKey("backend", keyId);
                    c.updateClientKey(UpdateClientKeyInput.builder().projectSlug("backend").keyId(keyId)
                            .name("CI key").isActive(false).build());
                    c.deleteClientKey("backend", keyId);
                },
                c -> c.listProjectEnvironments("backend", true),
                c -> c.listProjectMembers("backend"),
                c -> c.listUserTeams(),
                c -> c.listProjectTeams("backend"),
                c -> c.addMemberToTeam("101", "payments"),
                c -> c.removeMemberFromTeam("101", "payments"),
                c -> c.listRepositoryCommits("1"),
                c -> {
                    String memberId = c.inviteMember("new.hire@example.com", "member").data().id();
                    c.updateMemberRole(memberId, "admin");
                    c.removeMember(memberId);
                },
                c -> c.getIssueTag(issueId, "environment"),
                c -> c.listProjectReleases("backend"),
                c -> c.listProjectReleaseCommits("backend", "backend@1.0.0"),
                c -> c.getProjectEnvironment("backend", "production"),
                c -> c.setProjectEnvironmentHidden("backend", "production", false),
                c -> c.listProjectEvents("backend"),
                c -> c.getProjectEvent("backend", EVENT_ID),
                c -> c.listProjectTagValues("backend", "environment"),
                c -> c.listProjectIssues("backend", "is:unresolved"),
                c -> c.bulkUpdateProjectIssues("backend", BulkUpdateIssuesInput.builder().addIssueIds(numericId)
                        .priority(IssuePriority.MEDIUM).build()),
                c -> c.bulkDeleteProjectIssues("backend", List.of("999999")),
                c -> c.eventTimeseries(EventTimeseriesInput.builder().dataset(EventDataset.ERRORS)
                        .addYAxis("count()").query("environment:production").addGroupBy("issue").topEvents(5)
                        .sort("-count()").addProjects("2").addEnvironments("production").statsPeriod("24h")
                        .interval(Duration.ofHours(1)).build()),
                c -> c.getProjectOwnership("backend"),
                c -> c.updateProjectOwnership("backend", "path:src/payments/* #payments", true),
                c -> c.listProjectUsers("backend"),
                c -> c.listUserFeedback("backend"),
                c -> c.createUserFeedback("backend", EVENT_ID, "Dana", "dana@example.com", "It broke on checkout"),
                c -> c.listOrganizationClientKeys(),
                c -> c.listReleaseFiles("backend@1.0.0"),
                c -> c.getReleaseFile("backend@1.0.0", "1"),
                c -> c.updateReleaseFile("backend@1.0.0", "1", "~/static/app.min.js.map"),
                c -> c.listProjectReleaseFiles("backend", "backend@1.0.0"),
                c -> c.getProjectReleaseFile("backend", "backend@1.0.0", "1"),
                c -> c.updateProjectReleaseFile("backend", "backend@1.0.0", "1", "~/static/app.js.map"),
                c -> c.deleteProjectReleaseFile("backend", "backend@1.0.0", "2"),
                c -> c.deleteReleaseFile("backend@1.0.0", "1"),
                c -> c.listServiceHooks("backend"),
                c -> {
                    String hookId = c.createServiceHook("backend", "https://hooks.example.com/sentry",
                            List.of("event.created")).data().id();
                    c.getServiceHook("backend", hookId);
                    c.updateServiceHook("backend", hookId, "https://hooks.example.com/v2",
                            List.of("event.created", "event.alert"));
                    c.deleteServiceHook("backend", hookId);
                },
                c -> c.listInboundFilters("backend"),
                c -> c.setInboundFilter("backend", "localhost", true),
                c -> c.setProjectEnvironmentsHidden("backend", List.of("production"), false),
                c -> c.updateTeamRole("101", "payments", "admin"),
                c -> c.listSeerModels(),
                c -> c.enableSpikeProtection(List.of("backend")),
                c -> c.disableSpikeProtection(List.of("$all")),
                c -> c.getStatsSummary("error", "30d"),
                c -> c.querySessions(List.of("sum(session)"), List.of("session.status"), "24h", "1h"),
                c -> c.deleteProject("checkout"),
                c -> c.deleteTeam("payments"),
                c -> c.request(SentryRequest.get("organizations/{org}/releases/backend@1.0.0/").build()),
                c -> c.requestPages(SentryRequest.get("organizations/{org}/releases/").query("query", "backend")
                        .build()),
                c -> c.deleteRelease("backend@1.0.0"),
                c -> c.bulkDeleteIssues(BulkDeleteIssuesInput.builder().addIssueIds("999999").build()),
                c -> c.deleteIssue(disposableId));
    }
}
