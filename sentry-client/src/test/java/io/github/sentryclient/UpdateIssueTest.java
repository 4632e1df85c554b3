package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.CommitRef;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.support.SentryServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class UpdateIssueTest {

    @Test
    void sendsOnlyTheFieldsSetAndReturnsTheUpdatedIssue() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/issue-archived.json");

            SentryResponse<Issue> response = sentry.client().updateIssue(UpdateIssueInput.builder()
                    .issueId("CHECKOUT-2G")
                    .status(IssueStatus.IGNORED).substatus(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET)
                    .statusDetails(StatusDetails.builder().ignoreCount(100).ignoreWindow(60).ignoreUserCount(10)
                            .ignoreUserWindow(StatusDetails.MAX_WINDOW_MINUTES).ignoreDuration(30).build())
                    .priority(IssuePriority.HIGH).isBookmarked(true).hasSeen(true).isSubscribed(false)
                    .isPublic(true).assignee("team:12").build());

            RecordedRequest request = sentry.take();
            assertThat(request.getMethod()).isEqualTo("PUT");
            assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2G/");
            assertThat(SentryServer.json(request).toString()).isEqualTo("{\"status\":\"ignored\","
                    + "\"substatus\":\"archived_until_condition_met\",\"statusDetails\":{\"ignoreDuration\":30,"
                    + "\"ignoreCount\":100,\"ignoreWindow\":60,\"ignoreUserCount\":10,\"ignoreUserWindow\":10080},"
                    + "\"priority\":\"high\",\"assignedTo\":\"team:12\",\"isBookmarked\":true,\"hasSeen\":true,"
                    + "\"isSubscribed\":false,\"isPublic\":true}");
            assertThat(response.data().isPublic()).isTrue();
            assertThat(response.message()).isEqualTo("Updated status, substatus, statusDetails, priority, assignedTo,"
                    + " isBookmarked, hasSeen, isSubscribed, isPublic of issue CHECKOUT-2G; it is now"
                    + " ignored/archived_forever, priority high, unassigned");
        }
    }

    @Test
    void resolvesInAReleaseInTheNextReleaseOrInACommit() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/issue-archived.json").answerFixture(200, "breadth/issue-archived.json")
                    .answerFixture(200, "breadth/issue-archived.json");

            sentry.client().updateIssue(UpdateIssueInput.builder().issueId("4502").status(IssueStatus.RESOLVED)
                    .statusDetails(StatusDetails.resolvedInRelease("checkout@2.14.0")).build());
            sentry.client().updateIssue(UpdateIssueInput.builder().issueId("4502").status(IssueStatus.RESOLVED)
                    .statusDetails(StatusDetails.resolvedInNextRelease()).build());
            sentry.client().async().updateIssue(UpdateIssueInput.builder().issueId("4502").status(IssueStatus.RESOLVED)
                    .statusDetails(StatusDetails.builder().inCommit(CommitRef.of("9f8e7d6", "acme/checkout"))
                            .build()).build()).get();

            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"status\":\"resolved\",\"statusDetails\":{\"inRelease\":\"checkout@2.14.0\"}}");
            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"status\":\"resolved\",\"statusDetails\":{\"inNextRelease\":true}}");
            JsonNode commit = SentryServer.json(sentry.take()).get("statusDetails").get("inCommit");
            assertThat(commit.get("commit").asText()).isEqualTo("9f8e7d6");
            assertThat(commit.get("repository").asText()).isEqualTo("acme/checkout");
        }
    }

    @Test
    void archivesAndUnassignsWithConveniences() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            for (int i = 0; i < 6; i++) {
                sentry.answerFixture(200, "breadth/issue-archived.json");
            }

            SentryResponse<Issue> archived = sentry.client().archiveIssue("4502");
            sentry.client().archiveIssueUntilEscalating("4502");
            sentry.client().unassignIssue("4502");
            sentry.client().async().archiveIssue("4502").get();
            sentry.client().async().archiveIssueUntilEscalating("4502").get();
            sentry.client().async().unassignIssue("4502").get();

            assertThat(archived.data().substatus()).contains(IssueSubstatus.ARCHIVED_FOREVER);
            for (int round = 0; round < 2; round++) {
                assertThat(SentryServer.json(sentry.take()).toString())
                        .isEqualTo("{\"status\":\"ignored\",\"substatus\":\"archived_forever\"}");
                assertThat(SentryServer.json(sentry.take()).toString())
                        .isEqualTo("{\"status\":\"ignored\",\"substatus\":\"archived_until_escalating\"}");
                RecordedRequest unassign = sentry.take();
                assertThat(unassign.getTarget()).isEqualTo("/api/0/organizations/acme/issues/4502/");
                assertThat(SentryServer.json(unassign).toString()).isEqualTo("{\"assignedTo\":\"\"}");
            }
        }
    }

    @Test
    void appliesSentrysLimitsBeforeSending() {
        assertThatThrownBy(() -> StatusDetails.builder().ignoreCount(5).ignoreWindow(10081).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statusDetails.ignoreWindow must be 1 to 10080 minutes (one week, Sentry's limit), got"
                        + " 10081");
        assertThatThrownBy(() -> StatusDetails.builder().ignoreUserCount(5).ignoreUserWindow(0).build())
                .hasMessageStartingWith("statusDetails.ignoreUserWindow must be 1 to 10080 minutes");
        assertThatThrownBy(() -> StatusDetails.builder().ignoreWindow(60).build())
                .hasMessage("statusDetails.ignoreWindow needs statusDetails.ignoreCount");
        assertThatThrownBy(() -> StatusDetails.builder().ignoreCount(0).build())
                .hasMessage("statusDetails.ignoreCount must be at least 1, got 0");
        assertThatThrownBy(() -> StatusDetails.archivedForMinutes(-5))
                .hasMessage("statusDetails.ignoreDuration must be at least 1, got -5");
        assertThatThrownBy(() -> StatusDetails.builder().ignoreUserCount(-1).build())
                .hasMessage("statusDetails.ignoreUserCount must be at least 1, got -1");
        assertThatThrownBy(() -> StatusDetails.builder().build())
                .hasMessage("statusDetails must set at least one condition");
        assertThatThrownBy(() -> StatusDetails.builder().inRelease("1.0").inNextRelease(true).build())
                .hasMessage("statusDetails must name at most one of inRelease, inNextRelease and inCommit");
        assertThatThrownBy(() -> StatusDetails.builder().inRelease("1.0").ignoreDuration(5).build())
                .hasMessageStartingWith("statusDetails must not mix a release condition");
        assertThatThrownBy(() -> StatusDetails.builder().inNextRelease(false).build())
                .hasMessage("statusDetails.inNextRelease must be true when set");
        assertThatThrownBy(() -> StatusDetails.resolvedInRelease(" "))
                .hasMessage("statusDetails.inRelease must not be blank");
        assertThatThrownBy(() -> CommitRef.of("", "acme/web")).hasMessage("commit must not be blank");
    }

    @Test
    void checksThatTheChangesFitTogether() {
        UpdateIssueInput.Builder base = UpdateIssueInput.builder().issueId("4502");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").build())
                .hasMessageStartingWith("at least one change must be set");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("45/02").isPublic(true).build())
                .hasMessageStartingWith("issueId must be a numeric issue id or a short id");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.UNKNOWN).build())
                .hasMessageStartingWith("status must be a known status");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").priority(IssuePriority.UNKNOWN).build())
                .hasMessage("priority must be LOW, MEDIUM or HIGH, got UNKNOWN");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502")
                .substatus(IssueSubstatus.ARCHIVED_FOREVER).build())
                .hasMessage("substatus ARCHIVED_FOREVER needs a status");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.RESOLVED)
                .substatus(IssueSubstatus.ARCHIVED_FOREVER).build())
                .hasMessage("substatus ARCHIVED_FOREVER needs status IGNORED, got RESOLVED");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.IGNORED)
                .substatus(IssueSubstatus.ONGOING).build())
                .hasMessage("substatus ONGOING needs status UNRESOLVED, got IGNORED");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.UNRESOLVED)
                .substatus(IssueSubstatus.UNKNOWN).build())
                .hasMessage("substatus must be a known substatus, got UNKNOWN");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502")
                .statusDetails(StatusDetails.archivedForMinutes(60)).build())
                .hasMessageStartingWith("statusDetails needs a status");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.IGNORED)
                .statusDetails(StatusDetails.resolvedInNextRelease()).build())
                .hasMessageStartingWith("statusDetails with inRelease, inNextRelease or inCommit needs status"
                        + " RESOLVED");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").status(IssueStatus.RESOLVED)
                .statusDetails(StatusDetails.archivedForMinutes(60)).build())
                .hasMessageStartingWith("statusDetails with ignoreDuration, ignoreCount or ignoreUserCount needs"
                        + " status IGNORED");
        assertThatThrownBy(() -> UpdateIssueInput.builder().issueId("4502").assignee("  ").build())
                .hasMessageStartingWith("assignee must not be blank");
        assertThat(base.status(IssueStatus.UNRESOLVED).substatus(IssueSubstatus.ONGOING).build().substatus())
                .contains(IssueSubstatus.ONGOING);
    }
}
