package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every tool, called by the MCP SDK's client over streamable HTTP, against FakeSentry. */
class SentryToolsTest {

    private McpHarness harness;
    private FakeSentry sentry;

    @BeforeEach
    void start() throws Exception {
        harness = new McpHarness(false);
        sentry = harness.sentry;
    }

    @AfterEach
    void stop() throws Exception {
        String everything = String.join("\n", harness.received) + harness.mcp.listTools().toString();
        assertThat(everything).doesNotContain(sentry.authToken());
        harness.close();
    }

    @Test
    void introducesItselfAndListsEveryToolWithSchemasAndTruthfulAnnotations() {
        assertThat(harness.mcp.getServerInfo().name()).isEqualTo("sentry-client-mcp");
        assertThat(harness.mcp.getServerInfo().version()).isEqualTo(McpServers.version());
        assertThat(harness.mcp.getServerInstructions()).contains("'acme'").contains("search_issues");

        Map<String, Tool> tools = harness.mcp.listTools().tools().stream()
                .collect(Collectors.toMap(Tool::name, Function.identity()));

        assertThat(harness.mcp.listTools().tools()).extracting(Tool::name).containsExactly("search_issues",
                "get_issue", "update_issue", "bulk_update_issues", "list_issue_events", "get_event",
                "list_issue_tags", "get_tag_values", "add_tag", "add_comment", "list_comments", "get_organization",
                "find_projects", "find_members");
        assertThat(tools.values()).allSatisfy(tool -> {
            assertThat(tool.description()).hasSizeGreaterThan(60)
                    .containsPattern("(One|Two) (request|to three requests)|One request per");
            assertThat(tool.inputSchema()).containsEntry("type", "object").containsEntry("additionalProperties",
                    false);
            assertThat(tool.outputSchema()).containsEntry("type", "object");
            assertThat(tool.annotations().openWorldHint()).isTrue();
        });
        assertThat(tools.get("get_issue").inputSchema().get("required")).isEqualTo(List.of("issueId"));
        assertThat(tools.get("bulk_update_issues").inputSchema().get("required")).isEqualTo(List.of("issueIds"));
        assertThat(hints(tools, "search_issues", "get_issue", "list_issue_events", "get_event", "list_issue_tags",
                "get_tag_values", "list_comments", "get_organization", "find_projects", "find_members"))
                .containsOnly("read-only, not destructive, idempotent");
        assertThat(hints(tools, "update_issue", "add_tag")).containsOnly("writes, not destructive, idempotent");
        assertThat(hints(tools, "add_comment")).containsOnly("writes, not destructive, not idempotent");
        assertThat(hints(tools, "bulk_update_issues")).containsOnly("writes, destructive, idempotent");
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) ((Map<String, Object>) tools.get("update_issue")
                .inputSchema().get("$defs")).get("Status");
        assertThat(status.get("enum")).isEqualTo(List.of("resolved", "resolvedInNextRelease", "unresolved",
                "ignored"));
    }

    private static List<String> hints(Map<String, Tool> tools, String... names) {
        return java.util.Arrays.stream(names).map(tools::get).map(Tool::annotations)
                .map(a -> (a.readOnlyHint() ? "read-only" : "writes") + ", "
                        + (a.destructiveHint() ? "destructive" : "not destructive") + ", "
                        + (a.idempotentHint() ? "idempotent" : "not idempotent"))
                .toList();
    }

    @Test
    void searchesWithSentrysSyntaxAndPagesWithTheCursor() {
        CallToolResult first = harness.call("search_issues", Map.of("query", "is:unresolved", "limit", 1));

        assertThat(first.isError()).isFalse();
        JsonNode page = McpHarness.structured(first);
        assertThat(page.get("issues")).hasSize(1);
        assertThat(page.get("issues").get(0).get("status").asText()).isEqualTo("unresolved");
        assertThat(page.get("nextCursor").asText()).isNotBlank();
        assertThat(McpHarness.text(first)).contains("**PUMP-STATION-1").contains("Next page: cursor");

        CallToolResult second = harness.call("search_issues", Map.of("query", "is:unresolved", "limit", 1,
                "cursor", page.get("nextCursor").asText()));
        JsonNode next = McpHarness.structured(second);
        assertThat(next.get("issues")).hasSize(1);
        assertThat(next.get("issues").get(0).get("shortId").asText())
                .isNotEqualTo(page.get("issues").get(0).get("shortId").asText());
        assertThat(sentry.exchanges()).extracting(FakeSentry.Exchange::query)
                .allMatch(query -> query.contains("query=is%3Aunresolved"));

        JsonNode resolved = McpHarness.structured(harness.call("search_issues", Map.of("query", "is:resolved")));
        assertThat(resolved.get("issues")).extracting(issue -> issue.get("shortId").asText())
                .containsExactly("PUMP-STATION-19");
    }

    @Test
    void getsAnIssueWithItsLatestEventSummarised() {
        CallToolResult result = harness.call("get_issue", Map.of("issueId", "PUMP-STATION-1A"));

        JsonNode detail = McpHarness.structured(result);
        assertThat(detail.at("/issue/shortId").asText()).isEqualTo("PUMP-STATION-1A");
        assertThat(detail.at("/issue/count").asLong()).isEqualTo(150);
        assertThat(detail.at("/issue/permalink").asText()).startsWith("https://");
        assertThat(detail.at("/latestEvent/exceptions/0/type").asText()).isEqualTo("ZeroDivisionError");
        assertThat(detail.at("/latestEvent/exceptions/0/value").asText()).isEqualTo("division by zero");
        assertThat(detail.at("/latestEvent/exceptions/0/frames/0/function").asText()).isEqualTo("calculate_flow");
        assertThat(detail.at("/latestEvent/tags/0/key").asText()).isEqualTo("environment");
        assertThat(McpHarness.text(result)).contains("ZeroDivisionError: division by zero")
                .contains("at calculate_flow (pump_station.app)").contains("environment=production");

        JsonNode none = McpHarness.structured(harness.call("get_issue", Map.of("issueId", "PUMP-STATION-1B")));
        assertThat(none.has("latestEvent")).isFalse();
    }

    @Test
    void listsAndGetsEvents() {
        String issueId = sentry.issue("PUMP-STATION-1A").id();
        sentry.addEvent(issueId, Map.of("environment", "staging"));

        JsonNode events = McpHarness.structured(harness.call("list_issue_events",
                Map.of("issueId", "PUMP-STATION-1A", "limit", 1)));
        assertThat(events.get("events")).hasSize(1);
        assertThat(events.get("more").asBoolean()).isTrue();
        JsonNode staging = McpHarness.structured(harness.call("list_issue_events",
                Map.of("issueId", issueId, "environments", List.of("staging"))));
        assertThat(staging.get("events")).hasSize(1);
        assertThat(staging.get("more").asBoolean()).isFalse();

        String eventId = staging.at("/events/0/eventId").asText();
        JsonNode event = McpHarness.structured(harness.call("get_event", Map.of("issueId", issueId,
                "eventId", eventId)));
        assertThat(event.get("eventId").asText()).isEqualTo(eventId);
        assertThat(event.at("/tags/0/value").asText()).isEqualTo("staging");
        JsonNode oldest = McpHarness.structured(harness.call("get_event", Map.of("issueId", issueId,
                "eventId", "oldest")));
        assertThat(oldest.at("/tags/0/value").asText()).isEqualTo("production");
    }

    @Test
    void readsTagsAndTheirValues() {
        JsonNode tags = McpHarness.structured(harness.call("list_issue_tags", Map.of("issueId", "PUMP-STATION-1A")));
        assertThat(tags.at("/tags/0/key").asText()).isEqualTo("environment");
        assertThat(tags.at("/tags/0/topValues/0/value").asText()).isEqualTo("production");

        JsonNode values = McpHarness.structured(harness.call("get_tag_values",
                Map.of("issueId", "PUMP-STATION-1A", "key", "environment")));
        assertThat(values.at("/values/0/value").asText()).isEqualTo("production");
        assertThat(values.at("/values/0/count").asLong()).isEqualTo(1);
    }

    @Test
    void updatesAnIssueAndFakeSentryHoldsTheChange() {
        CallToolResult resolved = harness.call("update_issue", Map.of("issueId", "PUMP-STATION-1A",
                "status", "resolved"));
        assertThat(resolved.isError()).isFalse();
        assertThat(McpHarness.structured(resolved).get("status").asText()).isEqualTo("resolved");
        assertThat(sentry.issue("PUMP-STATION-1A").status()).isEqualTo(IssueStatus.RESOLVED);

        CallToolResult ignored = harness.call("update_issue", Map.of("issueId", "PUMP-STATION-1B",
                "status", "ignored", "ignoreDuration", 60, "priority", "high", "assignee", "dana@example.com",
                "isBookmarked", true));
        assertThat(ignored.isError()).as(McpHarness.text(ignored)).isFalse();
        Issue issue = sentry.issue("PUMP-STATION-1B");
        assertThat(issue.status()).isEqualTo(IssueStatus.IGNORED);
        assertThat(issue.priority()).contains(IssuePriority.HIGH);
        assertThat(issue.assignedTo()).hasValueSatisfying(actor -> assertThat(actor.id()).isEqualTo("2"));
        assertThat(McpHarness.structured(ignored).get("assignedTo").asText()).isEqualTo("user:2");
        assertThat(McpHarness.text(ignored)).contains("Dana Developer").doesNotContain("nobody");

        JsonNode found = McpHarness.structured(harness.call("search_issues",
                Map.of("query", "assigned:dana@example.com", "sort", "freq")));
        assertThat(found.at("/issues/0/assignedToName").asText()).isEqualTo("Dana Developer");

        harness.call("update_issue", Map.of("issueId", "PUMP-STATION-1B", "assignee", ""));
        assertThat(sentry.issue("PUMP-STATION-1B").assignedTo()).isEmpty();

        CallToolResult untilMore = harness.call("update_issue", Map.of("issueId", "PUMP-STATION-1A",
                "status", "ignored", "substatus", "archived_until_condition_met", "ignoreCount", 100,
                "ignoreUserCount", 10));
        assertThat(untilMore.isError()).as(McpHarness.text(untilMore)).isFalse();
        assertThat(McpHarness.structured(untilMore).get("substatus").asText())
                .isEqualTo("archived_until_condition_met");
    }

    @Test
    void bulkUpdatesOnlyTheIssuesNamed() {
        String one = sentry.issue("PUMP-STATION-1A").id();
        String two = sentry.issue("PUMP-STATION-1B").id();
        // Sentry would ignore every unresolved issue for a bulk update whose ids all match nothing.
        JsonNode nothing = McpHarness.structured(harness.call("bulk_update_issues",
                Map.of("issueIds", List.of("999999"), "status", "ignored")));
        assertThat(nothing.get("matched").asBoolean()).isFalse();
        assertThat(sentry.issue(one).status()).isEqualTo(IssueStatus.UNRESOLVED);

        CallToolResult result = harness.call("bulk_update_issues", Map.of("issueIds", List.of(one, two, "999999"),
                "status", "resolved"));

        assertThat(result.isError()).as(McpHarness.text(result)).isFalse();
        JsonNode applied = McpHarness.structured(result);
        assertThat(applied.get("matched").asBoolean()).isTrue();
        assertThat(applied.get("status").asText()).isEqualTo("resolved");
        assertThat(applied.get("unmatchedIds")).extracting(JsonNode::asText).containsExactly("999999");
        assertThat(sentry.issue(one).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(sentry.issue(two).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(sentry.exchanges()).filteredOn(e -> e.method().equals("PUT")).singleElement()
                .satisfies(put -> assertThat(put.query()).contains("id=" + one).contains("id=" + two)
                        .doesNotContain("999999"));

    }

    @Test
    void commentsOnceAndListsTheComments() {
        CallToolResult added = harness.call("add_comment", Map.of("issueId", "PUMP-STATION-1A",
                "comment", "Started after the 4.2 deploy", "mentions", List.of("dana@example.com")));

        assertThat(added.isError()).as(McpHarness.text(added)).isFalse();
        assertThat(McpHarness.structured(added).get("text").asText()).isEqualTo("Started after the 4.2 deploy");
        assertThat(sentry.comments("PUMP-STATION-1A")).extracting(Comment::text)
                .containsExactly("Started after the 4.2 deploy");

        JsonNode listed = McpHarness.structured(harness.call("list_comments", Map.of("issueId", "PUMP-STATION-1A")));
        assertThat(listed.at("/comments/0/text").asText()).isEqualTo("Started after the 4.2 deploy");
        assertThat(listed.get("comments")).hasSize(1);
    }

    @Test
    void tagsHonestlyAndWritesALabelOnlyOnce() {
        JsonNode eventTag = McpHarness.structured(harness.call("add_tag", Map.of("issueId", "PUMP-STATION-1A",
                "key", "environment", "value", "production")));
        assertThat(eventTag.get("source").asText()).isEqualTo("event_tag");
        assertThat(eventTag.get("created").asBoolean()).isFalse();
        assertThat(sentry.comments("PUMP-STATION-1A")).isEmpty();

        JsonNode label = McpHarness.structured(harness.call("add_tag", Map.of("issueId", "PUMP-STATION-1A",
                "key", "team", "value", "payments")));
        JsonNode again = McpHarness.structured(harness.call("add_tag", Map.of("issueId", "PUMP-STATION-1A",
                "key", "team", "value", "payments")));

        assertThat(label.get("source").asText()).isEqualTo("label_comment");
        assertThat(label.get("created").asBoolean()).isTrue();
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(again.get("commentId").asText()).isEqualTo(label.get("commentId").asText());
        assertThat(sentry.comments("PUMP-STATION-1A")).hasSize(1);
    }

    @Test
    void readsTheOrganizationItsProjectsAndMembers() {
        JsonNode organization = McpHarness.structured(harness.call("get_organization", Map.of()));
        assertThat(organization.get("slug").asText()).isEqualTo("acme");
        assertThat(organization.get("regionUrl").asText()).isEqualTo(sentry.baseUrl());

        CallToolResult all = harness.call("find_projects", Map.of());
        assertThat(McpHarness.text(all)).isEqualTo("Found 1 projects\n- backend (Backend, id 2, platform java)");
        JsonNode projects = McpHarness.structured(harness.call("find_projects", Map.of("query", "BACK")));
        assertThat(projects.get("projects")).extracting(p -> p.get("slug").asText()).containsExactly("backend");
        assertThat(McpHarness.structured(harness.call("find_projects", Map.of("query", "nothing-like-it")))
                .get("projects")).isEmpty();

        JsonNode members = McpHarness.structured(harness.call("find_members", Map.of("query", "dana")));
        assertThat(members.at("/members/0/assignee").asText()).isEqualTo("user:2");
        assertThat(members.at("/members/0/email").asText()).isEqualTo("dana@example.com");
    }

    @Test
    void refusesBadInputWithTheFieldAndTheRuleAndSendsNothing() {
        int before = sentry.requestCount();

        assertThat(error("get_issue", Map.of("issueId", "../../projects"))).startsWith("Invalid input: issueId must"
                + " be a numeric issue id or a short id");
        assertThat(error("add_comment", Map.of("issueId", "PUMP-STATION-1A", "comment", "  ")))
                .isEqualTo("Invalid input: comment must not be blank");
        assertThat(error("update_issue", Map.of("issueId", "PUMP-STATION-1A", "status", "closed")))
                .contains("/status").contains("enumeration").contains("resolvedInNextRelease");
        assertThat(error("update_issue", Map.of("issueId", "PUMP-STATION-1A")))
                .startsWith("Invalid input: ").contains("at least one");
        assertThat(error("bulk_update_issues", Map.of("status", "resolved"))).contains("issueIds");
        assertThat(error("bulk_update_issues", Map.of("issueIds", List.of(), "status", "resolved")))
                .contains("issueIds must name at least one issue");
        assertThat(error("search_issues", Map.of("limit", 500))).isEqualTo("Invalid input: limit must be 1 to 100,"
                + " got 500");
        assertThat(error("list_issue_events", Map.of("issueId", "1", "limit", 0)))
                .isEqualTo("Invalid input: limit must be 1 to 100, got 0");
        assertThat(error("list_issue_events", Map.of("issueId", "1", "limit", 101)))
                .isEqualTo("Invalid input: limit must be 1 to 100, got 101");
        assertThat(error("get_issue", Map.of("issueId", "1", "extra", true))).contains("extra");
        assertThat(error("add_tag", Map.of("issueId", "1", "key", "has space", "value", "x"))).contains("key");

        assertThat(sentry.requestCount()).isEqualTo(before);
    }

    @Test
    void turnsSentrysRefusalsIntoToolErrors() {
        assertThat(error("get_issue", Map.of("issueId", "999999"))).contains("404");

        sentry.failNext(2, FakeSentry.Fault.SERVER_ERROR);
        assertThat(error("get_issue", Map.of("issueId", "PUMP-STATION-1A"))).contains("500");

        sentry.failNext(1, FakeSentry.Fault.RATE_LIMIT);
        CallToolResult limited = harness.call("add_comment", Map.of("issueId", "PUMP-STATION-1A",
                "comment", "rate limited once, then stored"));
        assertThat(limited.isError()).isFalse();
        assertThat(sentry.comments("PUMP-STATION-1A")).hasSize(1);

        harness.call("add_comment", Map.of("issueId", "PUMP-STATION-1A", "comment", "same text"));
        assertThat(error("add_comment", Map.of("issueId", "PUMP-STATION-1A", "comment", "same text")))
                .contains("400");
        assertThat(sentry.comments("PUMP-STATION-1A")).hasSize(2);
    }

    @Test
    void aBadTokenIsAToolErrorThatDoesNotShowTheToken() throws Exception {
        try (FakeSentry other = FakeSentry.start();
                io.github.sentryclient.SentryClient wrong = io.github.sentryclient.SentryClient.builder()
                        .baseUrl(other.baseUrl()).orgSlug(other.orgSlug()).authToken("sntryu_wrong_token_value")
                        .build();
                HttpMcpServer server = HttpMcpServer.start("127.0.0.1", 0, "s", SentryTools.specifications(wrong,
                        true), "x");
                var client = McpHarness.connect(server.url(), "s")) {
            client.initialize();
            CallToolResult result = client.callTool(McpHarness.request("get_organization", Map.of()));
            assertThat(result.isError()).isTrue();
            assertThat(McpHarness.text(result)).contains("401").doesNotContain("sntryu_wrong_token_value");
        }
    }

    @Test
    void readOnlyModeListsAndRunsOnlyReadingTools() throws Exception {
        try (McpHarness readOnly = new McpHarness(true)) {
            assertThat(readOnly.mcp.listTools().tools()).extracting(Tool::name).containsExactly("search_issues",
                    "get_issue", "list_issue_events", "get_event", "list_issue_tags", "get_tag_values",
                    "list_comments", "get_organization", "find_projects", "find_members");
            assertThat(readOnly.mcp.getServerInstructions()).contains("read-only");
            int before = readOnly.sentry.requestCount();

            assertThatThrownBy(() -> readOnly.call("update_issue", Map.of("issueId", "PUMP-STATION-1A",
                    "status", "resolved"))).isInstanceOf(McpError.class).hasMessageContaining("Unknown tool");
            assertThatThrownBy(() -> readOnly.call("add_comment", Map.of("issueId", "PUMP-STATION-1A",
                    "comment", "x"))).isInstanceOf(McpError.class);

            assertThat(readOnly.sentry.requestCount()).isEqualTo(before);
            assertThat(readOnly.sentry.issue("PUMP-STATION-1A").status()).isEqualTo(IssueStatus.UNRESOLVED);
        }
    }

    private String error(String tool, Map<String, Object> arguments) {
        CallToolResult result = harness.call(tool, arguments);
        assertThat(result.isError()).as("%s %s: %s", tool, arguments, McpHarness.text(result)).isTrue();
        assertThat(result.structuredContent()).isNull();
        String text = McpHarness.text(result);
        assertThat(text).doesNotContain("\tat ").doesNotContain("Exception:");
        return text;
    }
}
