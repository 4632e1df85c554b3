package io.github.sentryclient.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryResponse;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A burst of calls against a server with sentry.io's limits all succeeds, with few 429s: the client paces each
 * route to its window. (What it costs in time is measured by the benchmark, not here.)
 */
class RateLimitedBurstTest {

    @Test
    void fortyAsyncCallsAtFivePerWindowAllSucceed() throws Exception {
        try (RateLimitedSentry sentry = new RateLimitedSentry(0);
                SentryClient client = SentryClient.builder().baseUrl(sentry.baseUrl()).orgSlug("acme")
                        .authToken("sntryu_burst").callTimeout(Duration.ofSeconds(30)).build()) {
            List<CompletableFuture<SentryResponse<Issue>>> calls = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                calls.add(client.async().getIssue(GetIssueInput.builder().issueId(String.valueOf(i)).build()));
            }
            int failed = calls.size() - RateLimitJobs.succeeded(calls);

            assertThat(failed).as("failed calls").isZero();
            assertThat(sentry.refused()).as("429 answers among %d", sentry.requests())
                    .isLessThanOrEqualTo(sentry.requests() / 20);
        }
    }

    @Test
    void threeClientsOfOneTokenShareItsBudget() throws Exception {
        try (RateLimitedSentry sentry = new RateLimitedSentry(0)) {
            List<SentryClient> clients = List.of(RateLimitJobs.client(sentry), RateLimitJobs.client(sentry),
                    RateLimitJobs.client(sentry));
            List<CompletableFuture<SentryResponse<Issue>>> calls = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                for (SentryClient client : clients) {
                    calls.add(client.async().getIssue(GetIssueInput.builder().issueId(String.valueOf(i)).build()));
                }
            }
            int failed = calls.size() - RateLimitJobs.succeeded(calls);
            clients.forEach(SentryClient::close);

            assertThat(failed).as("failed calls").isZero();
            // Each client learns of the others only from Sentry's headers (Remaining falls faster than its own
            // calls explain), so each may meet the limit while it learns: at most two 429s per client.
            assertThat(sentry.refused()).as("429 answers among %d", sentry.requests())
                    .isLessThanOrEqualTo(2 * clients.size());
        }
    }
}
