package io.github.sentryclient.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's error and comment answers next to Sentry's own bodies in the shared examples folder (system property
 * {@code sentry.examples}): the same JSON for the same situation, and comments with every field Sentry's have.
 */
class FakeSentryExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("sentry.examples",
            "../shared/sentry-api/examples"));
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private FakeSentry fake;
    private String issue;

    @BeforeEach
    void start() {
        if (Boolean.getBoolean("sentry.contract.required")) {
            assertThat(EXAMPLES).as("Sentry's examples (-Dsentry.examples)").isDirectory();
        }
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES), "Sentry's examples are not beside the checkout");
        fake = FakeSentry.builder().authToken("sntryu_test").start();
        fake.addMember("jane@example.com", "42", "Jane Doe");
        issue = "/api/0/organizations/acme/issues/" + fake.addIssue(b -> { }).id() + "/";
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private static JsonNode example(String file) throws IOException {
        return FakeJson.mapper().readTree(Files.readString(EXAMPLES.resolve(file)));
    }

    private JsonNode call(String method, String path, String body, int status) throws IOException {
        Request request = new Request.Builder().url(fake.baseUrl() + path)
                .header("Authorization", "Bearer sntryu_test")
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = HTTP.newCall(request).execute()) {
            assertThat(response.code()).as("%s %s", method, path).isEqualTo(status);
            return FakeJson.mapper().readTree(response.body().string());
        }
    }

    @Test
    void aRepeatedCommentIsRefusedWithSentrysBody() throws IOException {
        call("POST", issue + "comments/", "{\"text\":\"Looking into it\"}", 201);

        assertThat(call("POST", issue + "comments/", "{\"text\":\"Looking into it\"}", 400))
                .isEqualTo(example("error-400-duplicate-comment.json"));
    }

    @Test
    void aNonMemberAssigneeIsRefusedWithSentrysFieldError() throws IOException {
        assertThat(call("PUT", issue, "{\"assignedTo\":\"nobody@example.com\"}", 400))
                .isEqualTo(example("error-400-field-validation.json"));
    }

    @Test
    void anUnknownIssueIsNotFoundWithSentrysBody() throws IOException {
        assertThat(call("GET", "/api/0/organizations/acme/issues/404404/", null, 404))
                .isEqualTo(example("error-404-not-found.json"));
    }

    @Test
    void aRateLimitedAnswerIsSentrysBareString() throws IOException {
        fake.failNext(1, FakeSentry.Fault.RATE_LIMIT);
        JsonNode expected = example("error-429-rate-limited.json");

        JsonNode answer = call("GET", issue, null, 429);

        assertThat(answer.isTextual()).isEqualTo(expected.isTextual()).isTrue();
        String sentence = "You are attempting to use this endpoint too frequently. Limit is ";
        assertThat(expected.asText()).startsWith(sentence);
        assertThat(answer.asText()).startsWith(sentence).endsWith(" requests in 1 seconds");
    }

    @Test
    void commentsCarryEveryFieldOfSentrysComments() throws IOException {
        call("POST", issue + "comments/", "{\"text\":\"Deploy rolled back\"}", 201);
        JsonNode sentrys = example("sentry-mcp-fixture.issue-comments.json").get(0);

        JsonNode ours = call("GET", issue + "comments/", null, 200).get(0);

        assertThat(fields(ours)).containsAll(fields(sentrys));
        assertThat(fields(ours.get("data"))).containsAll(fields(sentrys.get("data")));
        assertThat(fields(ours.get("user"))).containsAll(fields(sentrys.get("user")));
        assertThat(ours.get("type").asText()).isEqualTo(sentrys.get("type").asText());
    }

    private static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
