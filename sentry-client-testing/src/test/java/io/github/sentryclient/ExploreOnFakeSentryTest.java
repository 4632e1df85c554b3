package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.AutofixState;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventRow;
import io.github.sentryclient.model.EventSearchResult;
import io.github.sentryclient.model.GetTraceInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.SearchEventsInput;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.model.StartAutofixInput;
import io.github.sentryclient.model.TraceItem;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Event search, traces and autofix on FakeSentry through the client. */
class ExploreOnFakeSentryTest {

    private static final String TRACE = "a9ac3ee1d2f74fb8b5d74e2fc2b31b3b";

    @RegisterExtension
    final FakeSentryExtension sentry = new FakeSentryExtension();
    private FakeSentry fake;
    private SentryClient client;
    private Issue checkout;
    private Issue timeout;

    @BeforeEach
    void start() {
        fake = sentry.fake();
        client = sentry.client();
        checkout = fake.addIssue(b -> b.title("ZeroDivisionError: division by zero"));
        timeout = fake.addIssue(b -> b.title("TimeoutError: sensor read timed out"));
        for (int i = 0; i < 3; i++) {
            fake.addEvent(checkout.id(), Map.of("environment", "production"));
        }
        fake.addEvent(checkout.id(), Map.of("environment", "staging", "trace", TRACE));
        fake.addEvent(timeout.id(), Map.of("environment", "production", "trace", TRACE));
    }

    @Test
    void countsErrorsPerIssueAndPagesWithTheCursor() {
        SearchEventsInput.Builder query = SearchEventsInput.builder().dataset(EventDataset.ERRORS)
                .addFields("issue", "title", "count()").query("environment:production").sort("-count()")
                .statsPeriod("24h").perPage(1);

        EventSearchResult first = client.searchEvents(query.build()).data();
        EventSearchResult second = client.searchEvents(query.cursor(first.nextCursor().orElseThrow()).build())
                .data();

        EventRow top = first.rows().get(0);
        assertThat(top.text("issue")).hasValue(checkout.shortId());
        assertThat(top.number("count()")).hasValue(3.0);
        assertThat(first.fieldTypes()).containsEntry("count()", "integer").containsEntry("title", "string");
        assertThat(second.rows()).extracting(row -> row.text("issue").orElseThrow())
                .containsExactly(timeout.shortId());
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void refusesMoreThanTwentyFieldsAsSentryDoes() {
        SentryRequest tooMany = SentryRequest.get("organizations/{org}/events/").query("dataset", "errors")
                .build();
        SentryRequest.Builder builder = SentryRequest.get("organizations/{org}/events/").query("dataset", "errors");
        Collections.nCopies(21, "title").forEach(field -> builder.query("field", field));

        SentryValidationException refused = catchThrowableOfType(() -> client.request(builder.build()),
                SentryValidationException.class);

        assertThat(refused.getMessage()).contains("You can view up to 20 fields at a time. Please delete some and"
                + " try again.");
        assertThat(catchThrowableOfType(() -> client.request(tooMany), SentryValidationException.class))
                .as("no fields at all").isNotNull();
    }

    @Test
    void readsTheErrorsOfATrace() {
        GetTraceInput trace = GetTraceInput.builder().traceId(TRACE).statsPeriod("14d").build();

        assertThat(client.getTraceMeta(trace).data().errorsCount()).isEqualTo(2);
        List<TraceItem> items = client.getTrace(trace).data();

        assertThat(items).extracting(TraceItem::eventType).containsOnly("error");
        assertThat(items).extracting(item -> item.issueId().orElseThrow())
                .containsExactlyInAnyOrder(checkout.id(), timeout.id());
        assertThat(items).extracting(item -> item.description().orElseThrow())
                .contains("TimeoutError: sensor read timed out");
        assertThat(client.getTrace(GetTraceInput.of("00000000000000000000000000000000")).data()).isEmpty();
    }

    @Test
    void startsAnAutofixRunAndReadsItsState() {
        assertThat(client.getAutofix(checkout.id()).data()).isEmpty();

        String runId = client.startAutofix(StartAutofixInput.builder().issueId(checkout.shortId())
                .stoppingPoint(StartAutofixInput.StoppingPoint.ROOT_CAUSE).build()).data().runId();
        AutofixState state = client.getAutofix(checkout.id()).data().orElseThrow();

        assertThat(state.runId()).isEqualTo(runId);
        assertThat(state.status()).hasValue("PROCESSING");
        assertThat(state.steps()).extracting(step -> step.title().orElseThrow())
                .containsExactly("Root Cause Analysis");
        SentryValidationException refused = catchThrowableOfType(() -> client.request(SentryRequest
                .post("organizations/{org}/issues/" + checkout.id() + "/autofix/")
                .body(Map.of("stopping_point", "deploy")).build()), SentryValidationException.class);
        assertThat(refused.fieldErrors()).isEqualTo(Map.of("stopping_point", List.of("\"deploy\" is not a valid"
                + " choice.")));
    }
}
