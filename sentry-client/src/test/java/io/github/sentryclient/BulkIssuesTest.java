package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.internal.http.HttpStack;
import io.github.sentryclient.internal.http.SentryCall;
import io.github.sentryclient.model.BulkDeleteIssuesInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BulkIssuesTest {

    @Test
    void findsTheIdsFirstAndChangesOnlyThoseItFound() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/issue-list.json");
            sentry.answerFixture(200, "breadth/bulk-update-delta.json");

            SentryResponse<BulkUpdateResult> response = sentry.client().bulkUpdateIssues(BulkUpdateIssuesInput.builder()
                    .addIssueIds("4501", "4502", "4503").status(IssueStatus.RESOLVED)
                    .statusDetails(StatusDetails.resolvedInRelease("checkout@2.14.0"))
                    .priority(IssuePriority.MEDIUM).assignee("dana@acme.example").build());

            RecordedRequest find = sentry.take();
            assertThat(find.getMethod()).isEqualTo("GET");
            assertThat(find.getTarget()).isEqualTo("/api/0/organizations/acme/issues/?query=&group=4501&group=4502"
                    + "&group=4503&project=-1&limit=100");
            RecordedRequest request = sentry.take();
            assertThat(request.getMethod()).isEqualTo("PUT");
            // 4503 is no issue the token can see: it is not sent, so Sentry cannot fall back to its search for it.
            assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502&project=7");
            assertThat(SentryServer.json(request).toString()).isEqualTo("{\"status\":\"resolved\","
                    + "\"statusDetails\":{\"inRelease\":\"checkout@2.14.0\"},\"priority\":\"medium\","
                    + "\"assignedTo\":\"dana@acme.example\"}");
            BulkUpdateResult delta = response.data();
            assertThat(delta.matched()).isTrue();
            assertThat(delta.issueIds()).containsExactly("4501", "4502");
            assertThat(delta.unmatchedIds()).containsExactly("4503");
            assertThat(delta.status()).contains(IssueStatus.RESOLVED);
            assertThat(delta.substatus()).isEmpty();
            assertThat(delta.priority()).contains(IssuePriority.MEDIUM);
            assertThat(delta.statusDetails().get().get("inRelease").asText()).isEqualTo("checkout@2.14.0");
            assertThat(delta.assignedTo().get().assignee()).isEqualTo("user:88");
            assertThat(delta.isBookmarked()).isEmpty();
            assertThat(response.message()).isEqualTo("Applied status, statusDetails, priority, assignedTo to 2"
                    + " issues in 1 project; 1 ids named no issue the token can see and were not sent: 4503");
        }
    }

    @Test
    void sendsNothingWhenNoIdNamesAnIssue() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, "[]").answer(200, "[]");
            BulkUpdateIssuesInput input = BulkUpdateIssuesInput.builder().addIssueIds("999999")
                    .isBookmarked(true).build();

            SentryResponse<BulkUpdateResult> sync = sentry.client().bulkUpdateIssues(input);
            SentryResponse<BulkUpdateResult> async = sentry.client().async().bulkUpdateIssues(input).get();

            for (SentryResponse<BulkUpdateResult> response : List.of(sync, async)) {
                assertThat(response.data().matched()).isFalse();
                assertThat(response.data().unmatchedIds()).containsExactly("999999");
                assertThat(response.data().status()).isEmpty();
                assertThat(response.message()).isEqualTo("Nothing matched: none of the 1 issue ids names an issue"
                        + " the token can see, so nothing was sent");
            }
            assertThat(sentry.server().getRequestCount()).isEqualTo(2);
            assertThat(sentry.take().getMethod()).isEqualTo("GET");
            assertThat(sentry.take().getMethod()).isEqualTo("GET");
        }
    }

    @Test
    void changesEachProjectInItsOwnRequestAndReportsAnIssueGoneMeanwhile() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            String two = "[" + SentryServer.issueJson("11") + "," + SentryServer.issueJson("12").replace(
                    "\"id\": \"2\"", "\"id\": \"3\"") + "]";
            sentry.answer(200, two).answerEmpty(204).answerEmpty(204);

            SentryResponse<BulkUpdateResult> response = sentry.client().bulkUpdateIssues(BulkUpdateIssuesInput
                    .builder().addIssueIds("11", "12").status(IssueStatus.RESOLVED).build());

            sentry.take();
            List<String> puts = List.of(sentry.take().getTarget(), sentry.take().getTarget());
            assertThat(puts).allMatch(target -> target.contains("&project="));
            assertThat(response.data().matched()).isFalse();
            assertThat(response.data().issueIds()).containsExactlyInAnyOrder("11", "12");
            assertThat(response.message()).startsWith("Nothing matched: the 2 issues found were gone when the change"
                    + " arrived");
        }
    }

    @Test
    void deletesOneIssueAsQueuedAndManyByExplicitIds() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerEmpty(202).answerEmpty(204).answerEmpty(202).answerEmpty(204);

            SentryResponse<String> queued = sentry.client().deleteIssue("CHECKOUT-2G");
            SentryResponse<List<String>> deleted = sentry.client().bulkDeleteIssues(
                    BulkDeleteIssuesInput.builder().addIssueIds("4501", "4502").build());
            sentry.client().async().deleteIssue("4502").get();
            sentry.client().async().bulkDeleteIssues(BulkDeleteIssuesInput.builder().addIssueIds("4503").build()).get();

            assertThat(queued.statusCode()).isEqualTo(202);
            assertThat(queued.data()).isEqualTo("CHECKOUT-2G");
            assertThat(queued.message()).isEqualTo("Issue CHECKOUT-2G is queued for deletion (Sentry deletes it in"
                    + " the background)");
            assertThat(deleted.data()).containsExactly("4501", "4502");
            assertThat(deleted.message()).isEqualTo("Deleted the issues among the 2 ids the token can see: 4501,"
                    + " 4502");
            RecordedRequest one = sentry.take();
            assertThat(one.getMethod()).isEqualTo("DELETE");
            assertThat(one.getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2G/");
            RecordedRequest many = sentry.take();
            assertThat(many.getMethod()).isEqualTo("DELETE");
            assertThat(many.getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4501&id=4502");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4502/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/?id=4503");
        }
    }

    @Test
    void cannotBuildABulkRequestWithoutIds() {
        assertThatThrownBy(() -> BulkDeleteIssuesInput.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("issueIds must name at least one issue: without ids Sentry would apply the bulk request"
                        + " to every issue matching a search");
        assertThatThrownBy(() -> BulkUpdateIssuesInput.builder().status(IssueStatus.RESOLVED).build())
                .hasMessageStartingWith("issueIds must name at least one issue");
        List<String> tooMany = IntStream.rangeClosed(1, 1001).mapToObj(String::valueOf).collect(Collectors.toList());
        assertThatThrownBy(() -> BulkDeleteIssuesInput.builder().issueIds(tooMany).build())
                .hasMessage("issueIds must name at most 1000 issues (Sentry's bulk limit), got 1001");
        assertThat(BulkDeleteIssuesInput.builder().issueIds(tooMany.subList(0, 1000)).build().issueIds())
                .hasSize(1000);
        assertThatThrownBy(() -> BulkDeleteIssuesInput.builder().addIssueIds("4501", "CHECKOUT-2G").build())
                .hasMessageStartingWith("issueIds[1] must be a numeric issue id (Sentry's bulk routes take no"
                        + " short ids");
        assertThatThrownBy(() -> BulkUpdateIssuesInput.builder().addIssueIds("4501").build())
                .hasMessageStartingWith("at least one change must be set");
        // A bulk update takes short ids and more than 1000 ids: it resolves and splits them itself.
        assertThat(BulkUpdateIssuesInput.builder().issueIds(tooMany).addIssueIds("CHECKOUT-2G")
                .status(IssueStatus.RESOLVED).build().issueIds()).hasSize(1002);
        List<String> farTooMany = IntStream.rangeClosed(1, 10_001).mapToObj(String::valueOf).toList();
        assertThatThrownBy(() -> BulkUpdateIssuesInput.builder().issueIds(farTooMany).status(IssueStatus.RESOLVED)
                .build()).hasMessage("issueIds must name at most 10000 issues per call, got 10001");
        assertThatThrownBy(() -> BulkUpdateIssuesInput.builder().addIssueIds("../x").status(IssueStatus.RESOLVED)
                .build()).hasMessageStartingWith("issueIds[0] must be a numeric issue id or a short id");
    }

    @Test
    void refusesToSendABulkRequestWhoseUrlLostItsIds() throws Exception {
        try (SentryServer sentry = new SentryServer();
                HttpStack stack = HttpStack.create(sentry.client().config(), null, null)) {
            // The last guard checks the request itself, whatever built it.
            SentryCall<Void> withoutIds = stack.api().bulkDeleteIssues(List.of());

            assertThatThrownBy(() -> IssueOperations.requireIds(withoutIds))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Refusing to send DELETE /api/0/organizations/acme/issues/ without issue ids: Sentry"
                            + " would apply it to every issue matching a search");
            assertThat(sentry.server().getRequestCount()).isZero();
        }
    }
}
