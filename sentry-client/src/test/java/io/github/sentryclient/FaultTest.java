package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.sentryclient.Fault.Op;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.support.Readme;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault against each method: how many requests the server saw, what the caller got, and how many comment
 * bodies reached the server (at most one: a write is never repeated). The outcomes are written to
 * {@code target/reliability.md}, the table in the README's "Reliability" section. Every case also runs with
 * HTTP logging at TRACE and checks that the token appears in no log line, message or {@code toString()}.
 */
class FaultTest {

    private static final String RESULT = "the result";
    private static final Map<String, String> OBSERVED = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Op op : Op.values()) {
            boolean idempotent = op != Op.POST;
            int retried = idempotent ? 4 : 1;
            int received = op == Op.POST ? 1 : 0;
            cases.add(arguments(Fault.DISCONNECT_AT_START, op, retried, SentryTransportException.class, 0));
            cases.add(arguments(Fault.DISCONNECT_AFTER_REQUEST, op, retried, SentryTransportException.class,
                    received));
            cases.add(arguments(Fault.DISCONNECT_DURING_BODY, op, retried, SentryTransportException.class,
                    received));
            cases.add(arguments(Fault.NO_RESPONSE, op, retried, SentryTransportException.class, received));
            cases.add(arguments(Fault.SLOW_BODY, op, 1, SentryTransportException.class, received));
            cases.add(arguments(Fault.HTML_502, op, retried, SentryServerException.class, received));
            cases.add(arguments(Fault.GZIP_BODY, op, 1, null, received));
            cases.add(arguments(Fault.TRUNCATED_JSON, op, 1, SentryResponseException.class, received));
            cases.add(arguments(Fault.EMPTY_200, op, 1, SentryResponseException.class, received));
            cases.add(arguments(Fault.GONE_410, op, 1, SentryClientException.class, received));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void fault(Fault fault, Op op, int expectedRequests, Class<? extends SentryClientException> expected,
            int expectedComments) throws Exception {
        run(fault, op, expectedRequests, expected, expectedComments, false);
    }

    @ParameterizedTest(name = "{0} on {1}, async")
    @MethodSource("cases")
    void faultAsync(Fault fault, Op op, int expectedRequests, Class<? extends SentryClientException> expected,
            int expectedComments) throws Exception {
        run(fault, op, expectedRequests, expected, expectedComments, true);
    }

    private void run(Fault fault, Op op, int expectedRequests, Class<? extends SentryClientException> expected,
            int expectedComments, boolean async) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 5; i++) {
                server.enqueue(fault.response(op));
            }
            Object outcome;
            String logs;
            try (LogCapture capture = LogCapture.atTrace();
                    SentryClient client = SentryServer.clientFor(server).timing(new FakeTiming())
                            .readTimeout(fault.readTimeout()).callTimeout(fault.callTimeout()).build()) {
                outcome = op.outcome(client, async);
                assertThat(client.toString()).doesNotContain(SentryServer.TOKEN);
                logs = capture.text();
            }
            // The token stays out of the TRACE logs, messages and toString() on every fault path.
            assertThat(logs).as("the TRACE log was captured").containsIgnoringCase("Authorization: XXX")
                    .doesNotContain(SentryServer.TOKEN);
            for (Throwable t = (Throwable) (outcome instanceof Throwable ? outcome : null); t != null;
                    t = t.getCause()) {
                assertThat(t.toString()).doesNotContain(SentryServer.TOKEN);
            }
            assertThat(outcome.toString()).doesNotContain(SentryServer.TOKEN);
            int requests = server.getRequestCount();
            int comments = commentsReceived(server);

            assertThat(requests).as("requests the server saw").isEqualTo(expectedRequests);
            assertThat(comments).as("comment bodies the server received").isEqualTo(expectedComments)
                    .isLessThanOrEqualTo(1);
            if (expected == null) {
                assertThat(outcome).isInstanceOf(SentryResponse.class);
                assertThat(((SentryResponse<?>) outcome).message()).isNotBlank();
            } else {
                assertThat(outcome).isExactlyInstanceOf(expected);
                SentryClientException failure = (SentryClientException) outcome;
                assertThat(failure.method()).isEqualTo(op.name());
                if (requests > 1) {
                    assertThat(failure).hasMessageContaining("after " + requests + " attempts");
                }
                if (fault == Fault.HTML_502) {
                    assertThat(failure).hasMessageContaining("502 Bad Gateway").hasMessageNotContaining("<");
                }
                if (fault == Fault.NO_RESPONSE || fault == Fault.SLOW_BODY) {
                    assertThat(failure).hasMessageContaining("Timed out");
                }
            }
            if (async) {
                return;
            }
            OBSERVED.put(fault.name() + "/" + op.name(), requests + ", "
                    + (expected == null ? RESULT : "`" + expected.getSimpleName() + "`")
                    + (op == Op.POST ? ", " + comments : ""));
        }
    }

    /** POST requests the server read in full: comments Sentry may have stored. */
    private static int commentsReceived(MockWebServer server) throws InterruptedException {
        int comments = 0;
        for (RecordedRequest request = server.takeRequest(0, TimeUnit.MILLISECONDS); request != null;
                request = server.takeRequest(0, TimeUnit.MILLISECONDS)) {
            if ("POST".equals(request.getMethod()) && request.getFailure() == null && request.getBody() != null
                    && request.getBody().size() > 0) {
                comments++;
            }
        }
        return comments;
    }

    @AfterAll
    static void writeTable() throws IOException {
        StringBuilder table = new StringBuilder()
                .append("| Fault | GET `getIssue`: requests, caller gets | PUT `updateIssueStatus`: requests,")
                .append(" caller gets | POST `addComment`: requests, caller gets, comments the server received |\n")
                .append("|---|---|---|---|\n");
        for (Fault fault : Fault.values()) {
            table.append("| ").append(fault.label());
            for (Op op : Op.values()) {
                table.append(" | ").append(OBSERVED.getOrDefault(fault.name() + "/" + op.name(), "not run"));
            }
            table.append(" |\n");
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("reliability.md"), table, StandardCharsets.UTF_8);
        if (OBSERVED.size() == Fault.values().length * Op.values().length) {
            // Every case ran: the README's table must be what they observed, so that it cannot go stale.
            assertThat(Readme.section("## Reliability")).as("the table in the README's Reliability section")
                    .contains(table);
        }
    }
}
