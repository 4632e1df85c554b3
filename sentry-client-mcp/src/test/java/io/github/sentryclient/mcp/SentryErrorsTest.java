package io.github.sentryclient.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Sentry's refusals as tools report them: one line each, with what Sentry said, and never a second write. */
class SentryErrorsTest {

    @Test
    void saysWhichPermissionIsMissingAndHowLongToWait() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/json")
                    .body("{\"detail\":\"You do not have permission to perform this action.\"}").build());
            long reset = Instant.now().plusSeconds(120).getEpochSecond();
            MockResponse limited = new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                    .setHeader("X-Sentry-Rate-Limit-Limit", "5").setHeader("X-Sentry-Rate-Limit-Remaining", "0")
                    .setHeader("X-Sentry-Rate-Limit-Reset", String.valueOf(reset))
                    .body("\"You are attempting to use this endpoint too frequently. Limit is 5 requests in 1"
                            + " seconds\"").build();
            server.enqueue(limited);
            try (SentryClient client = SentryClient.builder().baseUrl(server.url("/").toString()).orgSlug("acme")
                    .authToken("sntryu_secret_token_value").callTimeout(Duration.ofSeconds(5)).build()) {
                CallToolResult forbidden = call(client, "get_issue", Map.of("issueId", "1"));
                CallToolResult rateLimited = call(client, "get_issue", Map.of("issueId", "1"));

                assertThat(McpHarness.text(forbidden)).contains("403")
                        .contains("You do not have permission to perform this action.")
                        .doesNotContain("sntryu_secret_token_value").doesNotContain("\n");
                assertThat(McpHarness.text(rateLimited)).contains("rate limit was hit").contains("retry after")
                        .doesNotContain("\n");
            }
        }
    }

    @Test
    void neverPostsACommentTwiceWhenTheAnswerIsLost() {
        try (FakeSentry sentry = FakeSentry.start();
                SentryClient client = sentry.clientBuilder().build()) {
            sentry.addDemoIssues();
            sentry.failNext(1, FakeSentry.Fault.DROP_CONNECTION);

            CallToolResult lost = call(client, "add_comment", Map.of("issueId", "PUMP-STATION-1A",
                    "comment", "Deployed the fix"));

            assertThat(lost.isError()).isTrue();
            assertThat(sentry.exchanges()).filteredOn(exchange -> exchange.method().equals("POST")).hasSize(1);
        }
    }

    private static CallToolResult call(SentryClient client, String tool, Map<String, Object> arguments) {
        CallToolResult result = SentryTools.call(client, SentryTools.definitions(false).stream()
                .filter(definition -> definition.name().equals(tool)).findFirst().orElseThrow(), arguments);
        assertThat(result.isError()).isTrue();
        return result;
    }
}
