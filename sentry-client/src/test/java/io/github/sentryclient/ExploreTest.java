package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.model.AutofixRun;
import io.github.sentryclient.model.AutofixState;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventRow;
import io.github.sentryclient.model.EventSearchResult;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.model.TraceMeta;
import io.github.sentryclient.support.SchemaExamples;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Event search, traces and Seer's autofix against the answers Sentry's schema documents for them. */
class ExploreTest {

    private static final String ORG = "/api/0/organizations/{organization_id_or_slug}/";

    @Test
    void searchesEventsAndReadsTypedRowsWithTheirMeta() {
        try (SentryServer sentry = new SentryServer()) {
            String base = sentry.baseUrl() + "/api/0/organizations/acme/events/?dataset=spans";
            sentry.answer(200, SchemaExamples.body("GET", ORG + "events/", 200), Headers.of("Link",
                    SentryServer.link(base, "0:0:1", false, "0:100:0", true)));
            String count = "count_if(transaction.duration,greater,300)";

            EventSearchResult result = sentry.client().searchEvents(SearchEventsInput.builder()
                    .dataset(EventDataset.SPANS).addFields("transaction", count, "count()")
                    .query("release:4.2.0").sort("-count()").addProjects("2").addEnvironments("production")
                    .statsPeriod("24h").perPage(50).build()).data();

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/events/?dataset=spans"
                    + "&field=transaction&field=count_if%28transaction.duration%2Cgreater%2C300%29&field=count%28%29"
                    + "&query=release%3A4.2.0&sort=-count%28%29&project=2&environment=production&statsPeriod=24h"
                    + "&per_page=50");
            assertThat(result.rows()).hasSize(3);
            EventRow first = result.rows().get(0);
            assertThat(first.text("transaction")).hasValue("foo");
            assertThat(first.number("count()")).hasValue(10.0);
            assertThat(first.number(count)).hasValue(5.0);
            assertThat(first.text("missing")).isEmpty();
            assertThat(result.fieldTypes()).containsEntry("count()", "integer").containsEntry("transaction",
                    "string");
            assertThat(result.nextCursor()).hasValue("0:100:0");
        }
    }

    @Test
    void refusesQueriesSentryWouldRefuseBeforeSendingThem() {
        SearchEventsInput.Builder valid = SearchEventsInput.builder().dataset(EventDataset.ERRORS)
                .addFields("title");
        assertThatThrownBy(() -> SearchEventsInput.builder().dataset(EventDataset.ERRORS).build())
                .hasMessage("fields must name 1 to 20 fields (Sentry's limit), got 0");
        assertThatThrownBy(() -> SearchEventsInput.builder().dataset(EventDataset.ERRORS)
                .addAllFields(java.util.Collections.nCopies(21, "title")).build())
                .hasMessage("fields must name 1 to 20 fields (Sentry's limit), got 21");
        assertThatThrownBy(() -> valid.sort("-count()").build()).hasMessageContaining("sort must be one of fields");
        assertThatThrownBy(() -> SearchEventsInput.builder().dataset(EventDataset.ERRORS)
                .addFields("title").statsPeriod("yesterday").build()).hasMessageContaining("statsPeriod must be");
        assertThatThrownBy(() -> SearchEventsInput.builder().dataset(EventDataset.ERRORS).addFields("title")
                .perPage(101).build()).hasMessageContaining("perPage");
        assertThatThrownBy(() -> GetTraceInput.of("not-a-trace")).hasMessage("traceId must be 32 hex digits, got"
                + " 'not-a-trace'");
        assertThatThrownBy(() -> StartAutofixInput.builder().issueId("PROJ-1A").userContext("x".repeat(1001))
                .build()).hasMessage("userContext must be at most 1000 characters, got 1001");
    }

    @Test
    void readsATraceAndWhatItHolds() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            String traceId = "a9ac3ee1d2f74fb8b5d74e2fc2b31b3b";
            sentry.answer(200, SchemaExamples.body("GET", ORG + "trace-meta/{trace_id}/", 200))
                    .answer(200, SchemaExamples.body("GET", ORG + "trace/{trace_id}/", 200));

            TraceMeta meta = sentry.client().getTraceMeta(GetTraceInput.builder().traceId(traceId)
                    .statsPeriod("14d").build()).data();
            List<TraceItem> trace = sentry.client().async().getTrace(GetTraceInput.of(traceId)).get(10,
                    TimeUnit.SECONDS).data();

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/trace-meta/" + traceId
                    + "/?statsPeriod=14d");
            assertThat(meta.spansCount()).isEqualTo(195);
            assertThat(meta.logsCount()).isEqualTo(5);
            assertThat(meta.spansCountMap()).containsEntry("db", 58L);
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/trace/" + traceId + "/");
            TraceItem root = trace.get(0);
            assertThat(root.eventType()).isEqualTo("span");
            assertThat(root.op()).hasValue("http.server");
            assertThat(root.projectSlug()).hasValue("javascript");
            assertThat(root.duration()).hasValue(250.0);
        }
    }

    @Test
    void readsAutofixStateAndStartsARunOnce() {
        try (SentryServer sentry = new SentryServer();
                SentryClient retrying = sentry.clientBuilder().retryPolicy(SentryServer.FAST).build()) {
            sentry.answer(200, "{\"autofix\":null}")
                    .answer(200, SchemaExamples.body("GET", ORG + "issues/{issue_id}/autofix/", 200))
                    .answer(202, SchemaExamples.body("POST", ORG + "issues/{issue_id}/autofix/", 202));
            sentry.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
                    .build());

            SentryResponse<Optional<AutofixState>> none = sentry.client().getAutofix("PROJ-1A");
            AutofixState state = sentry.client().getAutofix("PROJ-1A").data().orElseThrow();
            SentryResponse<AutofixRun> run = sentry.client().startAutofix(StartAutofixInput.builder()
                    .issueId("PROJ-1A").stoppingPoint(StartAutofixInput.StoppingPoint.SOLUTION)
                    .userContext("The divisor comes from the sensor").build());

            assertThat(none.data()).isEmpty();
            assertThat(none.message()).isEqualTo("No autofix run on issue PROJ-1A");
            assertThat(state.runId()).isEqualTo("12345");
            assertThat(state.status()).hasValue("COMPLETED");
            assertThat(state.steps()).isNotEmpty();
            assertThat(state.steps().get(0).key()).hasValue("root_cause_analysis_processing");
            assertThat(run.statusCode()).isEqualTo(202);
            assertThat(run.data().runId()).isEqualTo("12345");
            assertThat(run.data().sentryRunId()).hasValue("f47ac10b-58cc-4372-a567-0e02b2c3d479");
            sentry.take();
            sentry.take();
            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"stopping_point\":\"solution\","
                    + "\"user_context\":\"The divisor comes from the sensor\"}");
            assertThatThrownBy(() -> retrying.startAutofix(StartAutofixInput.builder().issueId("PROJ-1A").build()))
                    .isInstanceOf(SentryTransportException.class);
            assertThat(sentry.requestCount()).as("a start whose answer was lost is not sent again").isEqualTo(4);
        }
    }
}
