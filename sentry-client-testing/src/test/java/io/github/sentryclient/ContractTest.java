package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.testing.FakeSentry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Checks the client and FakeSentry against Sentry's published OpenAPI schema: every request the client sends to
 * a route the schema covers, every fixture answer the tests feed the client, and every answer of FakeSentry.
 * Deviations are excused only by {@link OpenApiContract.AllowList}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractTest {

    private static final int VALIDATING_TESTS = 2;
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static OpenApiContract contract;
    private static long suiteStart;

    @BeforeAll
    static void loadSchema() {
        suiteStart = System.nanoTime();
        contract = OpenApiContract.get().orElse(null);
        if (contract == null) {
            System.out.println(OpenApiContract.unavailableReason());
        }
    }

    @BeforeEach
    void requireSchema() {
        // CI sets this so that a missing schema fails the build rather than skipping the suite.
        if (Boolean.getBoolean("sentry.contract.required")) {
            assertThat(contract).as(OpenApiContract.unavailableReason()).isNotNull();
        }
        Assumptions.assumeTrue(contract != null, OpenApiContract::unavailableReason);
    }

    @AfterAll
    static void report() {
        if (contract != null) {
            for (OpenApiContract.AllowList entry : OpenApiContract.AllowList.values()) {
                System.out.println("Contract allow-list " + entry + ": excused " + entry.uses() + " messages");
            }
            System.out.println("Contract tests: validated " + contract.requestsValidated() + " requests and "
                    + contract.responsesValidated() + " responses against " + contract.schema().getFileName()
                    + " (" + contract.outsideSchema() + " exchanges on routes the schema lacks, comments and issue"
                    + " tag keys, allow-listed); schema loaded in " + contract.loadMillis() + " ms, suite took "
                    + (System.nanoTime() - suiteStart) / 1_000_000 + " ms");
        }
    }

    /**
     * Every operation, sync and async, on its success and error paths. Each call must reach the server ({@code sent}
     * counts what it received): one that failed before sending would drop out of the contract silently.
     */
    private static void everyOperation(SentryClient client, String issueId, String numericId, String disposableId,
            IntSupplier sent) throws Exception {
        List<Consumer<SentryClient>> calls = List.of(
                c -> c.getIssue(GetIssueInput.builder().issueId(issueId).build()),
                c -> c.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issueId)
                        .status(IssueStatus.IGNORED).build()),
                c -> c.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issueId)
                        .status(IssueStatus.RESOLVED_IN_NEXT_RELEASE).build()),
                c -> c.assignIssue(AssignIssueInput.builder().issueId(issueId).assignee("jane@example.com").build()),
                c -> c.assignIssue(AssignIssueInput.builder().issueId(issueId).assignee("nobody@example.com")
                        .build()),
                c -> c.addComment(AddCommentInput.builder().issueId(issueId).comment("Looking into it")
                        .addMentions("user:42").build()),
                c -> c.addComment(AddCommentInput.builder().issueId(issueId).comment("Looking into it").build()),
                c -> c.addTag(AddTagInput.builder().issueId(issueId).key("environment").value("production").build()),
                c -> c.addTag(AddTagInput.builder().issueId(issueId).key("team").value("payments").build()),
                c -> c.getIssue(GetIssueInput.builder().issueId("999").build()));
        List<Consumer<SentryClient>> all = new ArrayList<>(calls);
        all.addAll(ContractCalls.calls(issueId, numericId, disposableId));
        for (int i = 0; i < all.size(); i++) {
            Consumer<SentryClient> call = all.get(i);
            int before = sent.getAsInt();
            Throwable failure = catchThrowable(() -> call.accept(client));
            assertThat(sent.getAsInt()).as("contract call %d reaches the server (it failed with %s)", i, failure)
                    .isGreaterThan(before);
        }
        catchThrowable(() -> client.async().getIssue(GetIssueInput.builder().issueId(issueId).build())
                .get(10, TimeUnit.SECONDS));
        catchThrowable(() -> client.async().addTag(AddTagInput.builder().issueId(issueId).key("team")
                .value("checkout").build()).get(10, TimeUnit.SECONDS));
    }

    @Test
    @Order(1)
    void clientRequestsAndFakeSentryResponsesMatchTheSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        try (FakeSentry fake = FakeSentry.start(); SentryClient client = fake.clientBuilder().build()) {
            fake.addMember("jane@example.com", "42", "Jane Doe");
            String issueId = fake.addIssue(b -> { }).id();
            fake.addEventTag(issueId, "environment", "production");
            fake.addEventTag(issueId, "environment", "staging");
            for (int i = 0; i < 120; i++) {
                // Enough values that addTag pages to the oldest one with a cursor.
                fake.addEventTag(issueId, "release", "1.0." + i);
            }
            catchThrowable(() -> client.addTag(AddTagInput.builder().issueId(issueId).key("release").value("1.0.0")
                    .build()));
            fake.addEvent(issueId, ContractCalls.EVENT_ID, Map.of("environment", "production", "release", "1.0.0",
                    "trace", ContractCalls.TRACE_ID));
            fake.addRepository("acme/backend");
            fake.addRelease("backend@1.0.0");
            fake.addReleaseFile("backend@1.0.0", "~/static/app.js.map", 1024);
            fake.addReleaseFile("backend@1.0.0", "~/static/vendor.js", 4096);
            everyOperation(client, issueId, issueId, fake.addIssue(b -> { }).id(), fake::requestCount);
            for (FakeSentry.Fault fault : List.of(FakeSentry.Fault.RATE_LIMIT, FakeSentry.Fault.SERVER_ERROR)) {
                fake.failNext(1, fault);
                catchThrowable(() -> client.getIssue(GetIssueInput.builder().issueId(issueId).build()));
            }
            try (SentryClient wrongToken = fake.clientBuilder().authToken("sntryu_wrong").build()) {
                catchThrowable(() -> wrongToken.getIssue(GetIssueInput.builder().issueId(issueId).build()));
            }
            // A schema route the fake serves that the client does not call yet.
            OkHttpClient http = new OkHttpClient();
            Request tagDetails = new Request.Builder()
                    .url(fake.baseUrl() + "/api/0/organizations/acme/issues/" + issueId + "/tags/environment/")
                    .header("Authorization", "Bearer " + fake.authToken()).build();
            try (Response response = http.newCall(tagDetails).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }

            List<FakeSentry.Exchange> exchanges = fake.exchanges();
            Map<String, Integer> perRoute = ClientRoutes.count(exchanges.stream()
                    .map(exchange -> exchange.method() + " " + exchange.path()).toList());
            assertThat(perRoute).as("validated requests per route of the client").allSatisfy((route, count) ->
                    assertThat(count).as(route).isPositive());
            assertThat(exchanges).extracting(FakeSentry.Exchange::status)
                    .contains(200, 201, 400, 401, 404, 429, 500);
            assertThat(exchanges).extracting(FakeSentry.Exchange::query).contains("cursor=0%3A100%3A0");
            for (FakeSentry.Exchange exchange : exchanges) {
                problems.addAll(contract.validateRequest(exchange.method(), exchange.path(), exchange.query(),
                        exchange.headers(), exchange.body()));
                problems.addAll(contract.validateResponse(exchange.method(), exchange.path(), exchange.status(),
                        exchange.responseHeaders().get("content-type"), exchange.responseBody()));
            }
        }
        assertThat(problems).isEmpty();
        PASSED.incrementAndGet();
    }

    @Test
    @Order(2)
    void clientRequestsAndFixtureResponsesMatchTheSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ContractFixtures fixture : ContractFixtures.values()) {
            problems.addAll(contract.validateResponse(fixture.method(), fixture.path(), fixture.status(),
                    "application/json", fixture.body()));
        }
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 300; i++) {
                server.enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"Not found\"}").build());
            }
            try (SentryClient client = SentryClient.builder().authToken("sntryu_secret").orgSlug("acme")
                    .baseUrl(server.url("/").toString()).build()) {
                everyOperation(client, "PUMP-STATION-1A", "1234", "PUMP-STATION-1B", server::getRequestCount);
            }
            for (int i = server.getRequestCount(); i > 0; i--) {
                RecordedRequest request = server.takeRequest();
                Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
                request.getHeaders().forEach(header -> headers.computeIfAbsent(header.getFirst(),
                        name -> new ArrayList<>()).add(header.getSecond()));
                problems.addAll(contract.validateRequest(request.getMethod(), request.getUrl().encodedPath(),
                        request.getUrl().encodedQuery(), headers,
                        request.getBody() == null ? "" : request.getBody().utf8()));
            }
        }
        assertThat(problems).isEmpty();
        PASSED.incrementAndGet();
    }

    @Test
    @Order(3)
    void catchesWhatTheAllowListDoesNotExcuse() {
        String issue = ContractFixtures.ISSUE.body().replace("\"count\": \"150\"", "\"count\": 150");
        String path = ContractFixtures.ISSUE.path();

        assertThat(contract.validateResponse("GET", path, 200, "application/json", issue))
                .singleElement().asString().contains("validation.response.body.schema.type");
        assertThat(contract.validateRequest("PUT", path, "", Map.of("Authorization", List.of("Bearer x"),
                "Content-Type", List.of("application/json")), "{\"status\":\"archived\"}"))
                .singleElement().asString().contains("validation.request.body.schema.enum");
        assertThat(contract.validateRequest("GET", path, "collapse=everything", Map.of("Authorization",
                List.of("Bearer x")), "")).singleElement().asString()
                .contains("validation.request.parameter.schema.enum");
        // A parameter the schema does not declare, such as a misspelt one, is an error too.
        assertThat(contract.validateRequest("GET", "/api/0/organizations/acme/issues/", "qeury=is:unresolved",
                Map.of("Authorization", List.of("Bearer x")), "")).singleElement().asString()
                .contains("validation.request.parameter.query.unexpected").contains("qeury");
    }

    @Test
    @Order(4)
    void everyAllowListEntryIsStillNeeded() {
        Assumptions.assumeTrue(PASSED.get() == VALIDATING_TESTS, "runs only after the validating tests passed");

        assertThat(OpenApiContract.AllowList.values())
                .as("allow-list entries that excused nothing: the schema or the client changed, remove them")
                .allMatch(entry -> entry.uses() > 0);
    }
}
