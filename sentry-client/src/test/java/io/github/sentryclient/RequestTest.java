package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.support.SentryServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** {@code request} and {@code requestPages}: any route of Sentry's API, on the typed operations' stack. */
class RequestTest {

    @Test
    void sendsAnyRouteUnderTheApiRootWithTheOrganizationFilledIn() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, "{\"version\":\"backend@4.2.0\",\"newGroups\":3}");

            SentryResponse<JsonNode> release = sentry.client().request(SentryRequest
                    .get("organizations/{org}/releases/backend@4.2.0 rc/")
                    .query("project", "1")
                    .query("project", "2").build());

            RecordedRequest sent = sentry.take();
            assertThat(sent.getMethod()).isEqualTo("GET");
            assertThat(sent.getTarget())
                    .isEqualTo("/api/0/organizations/acme/releases/backend@4.2.0%20rc/?project=1&project=2");
            assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
            assertThat(release.data().get("newGroups").asInt()).isEqualTo(3);
            assertThat(release.statusCode()).isEqualTo(200);
            assertThat(release.message()).isEqualTo("GET /api/0/organizations/acme/releases/backend@4.2.0%20rc/:"
                    + " 200");
        }
    }

    @Test
    void writesJsonBodiesAndReadsEmptyAnswers() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(201, "{\"id\":\"7\"}").answerEmpty(204);

            SentryResponse<JsonNode> created = sentry.client().request(SentryRequest.builder().method("POST")
                    .path("/api/0/organizations/{org}/releases/4.2.0/deploys/")
                    .body(Map.of("environment", "production")).build());
            SentryResponse<JsonNode> deleted = sentry.client().async().request(SentryRequest.builder()
                    .method("DELETE").path("organizations/{org}/releases/4.2.0/").build()).get(10, TimeUnit.SECONDS);

            RecordedRequest post = sentry.take();
            assertThat(post.getMethod()).isEqualTo("POST");
            assertThat(SentryServer.json(post).get("environment").asText()).isEqualTo("production");
            assertThat(created.data().get("id").asText()).isEqualTo("7");
            assertThat(sentry.take().getMethod()).isEqualTo("DELETE");
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(deleted.data().isMissingNode()).isTrue();
        }
    }

    @Test
    void neverSendsAPostAgainAndMapsErrorsLikeTheTypedOperations() {
        try (SentryServer sentry = new SentryServer();
                SentryClient client = sentry.clientBuilder().retryPolicy(SentryServer.FAST).build()) {
            sentry.answer(503, "{\"detail\":\"busy\"}").answer(503, "{\"detail\":\"busy\"}")
                    .answer(404, "{\"detail\":\"The requested resource does not exist\"}");

            assertThatThrownBy(() -> client.request(SentryRequest.builder().method("POST")
                    .path("organizations/{org}/releases/").body(Map.of("version", "4.2.0")).build()))
                    .isInstanceOf(SentryServerException.class);
            assertThat(sentry.requestCount()).as("a POST is sent once").isEqualTo(1);
            assertThatThrownBy(() -> client.request(SentryRequest.builder().method("GET")
                    .path("organizations/{org}/releases/4.1.0/").build()))
                    .isInstanceOf(SentryNotFoundException.class);
            assertThat(sentry.requestCount()).as("a GET is retried after a 503").isEqualTo(3);
        }
    }

    @Test
    void refusesBadRequestsBeforeSendingAnything() {
        try (SentryServer sentry = new SentryServer()) {
            List<Runnable> bad = List.of(
                    () -> SentryRequest.builder().method("PATCH").path("organizations/{org}/").build(),
                    () -> SentryRequest.builder().method("GET").path("https://evil.example/api/0/").build(),
                    () -> SentryRequest.builder().method("GET").path("//evil.example/").build(),
                    () -> SentryRequest.builder().method("GET").path("/organizations/{org}/").build(),
                    () -> SentryRequest.builder().method("GET").path("organizations/{org}").build(),
                    () -> SentryRequest.builder().method("GET").path("organizations/../users/").build(),
                    () -> SentryRequest.builder().method("GET").path("organizations//releases/").build(),
                    () -> SentryRequest.builder().method("GET").path("organizations/{org}/?query=x/").build(),
                    () -> SentryRequest.builder().method("GET").path("organizations/{org}/").body(Map.of()).build(),
                    () -> SentryRequest.builder().method("GET").path("organizations/{org}/").query("q", null));
            List<String> messages = new ArrayList<>();
            for (Runnable request : bad) {
                assertThatThrownBy(request::run).isInstanceOf(IllegalArgumentException.class)
                        .satisfies(e -> messages.add(e.getMessage()));
            }
            assertThat(messages).allSatisfy(message -> assertThat(message)
                    .containsAnyOf("method", "path", "body", "query"));
            assertThat(messages.get(4)).isEqualTo("path must end with '/', as every Sentry route does, got"
                    + " 'organizations/{org}'");
            assertThatThrownBy(() -> sentry.client().requestPages(SentryRequest.builder().method("POST")
                    .path("organizations/{org}/releases/").build()))
                    .hasMessage("requestPages: only a GET lists pages, got POST");
            assertThat(sentry.requestCount()).isZero();
        }
    }

    @Test
    void pagesThroughAnyListWithSentrysCursors() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            String base = sentry.baseUrl() + "/api/0/organizations/acme/releases/?query=4";
            sentry.answer(200, "[{\"version\":\"4.1\"},{\"version\":\"4.2\"}]", Headers.of("Link",
                    SentryServer.link(base, "0:0:1", false, "0:2:0", true)))
                    .answer(200, "[{\"version\":\"4.3\"}]", Headers.of("Link",
                            SentryServer.link(base, "0:0:1", true, "0:4:0", false)))
                    .answer(200, "[{\"version\":\"4.1\"}]", Headers.of("Link",
                            SentryServer.link(base, "0:0:1", false, "0:2:0", false)));
            SentryRequest releases = SentryRequest.builder().method("GET").path("organizations/{org}/releases/")
                    .query("query", "4").build();

            List<String> versions = new ArrayList<>();
            sentry.client().requestPages(releases).autoPaging().forEach(item -> versions.add(item.get("version")
                    .asText()));
            Page<JsonNode> async = sentry.client().async().requestPages(releases).get(10, TimeUnit.SECONDS);

            assertThat(versions).containsExactly("4.1", "4.2", "4.3");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/?query=4");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/releases/?query=4&cursor=0%3A2%3A0");
            assertThat(async.items()).hasSize(1);
        }
    }

    @Test
    void fillsNamedPathParametersAsWholeEncodedSegments() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, "{\"version\":\"4.2.0\"}");

            SentryRequest request = SentryRequest.get("projects/{org}/{project}/releases/{version}/")
                    .pathParam("project", "backend").pathParam("version", "4.2/../../users").build();
            Release release = sentry.client().request(request, Release.class).data();

            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/projects/acme/backend/releases/4.2%2F..%2F..%2Fusers/");
            assertThat(release.version()).isEqualTo("4.2.0");
            assertThatThrownBy(() -> SentryRequest.get("projects/{org}/{project}/").build())
                    .hasMessage("pathParams: no value for {project} in 'projects/{org}/{project}/'");
            assertThatThrownBy(() -> SentryRequest.get("projects/{org}/").pathParam("project", "x").build())
                    .hasMessage("pathParams: {project} is not in the path 'projects/{org}/'");
            assertThatThrownBy(() -> SentryRequest.get("projects/{org}/{project}/").pathParam("project", "..")
                    .build()).hasMessage("pathParams: {project} must not be blank, '.' or '..'");
            assertThatThrownBy(() -> SentryRequest.get("projects/{org}/x{project}/").pathParam("project", "a")
                    .build()).hasMessageContaining("a parameter must be a whole segment");
            assertThat(sentry.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void readsAnswersAsAGivenTypeAndSaysWhenTheyAreNot() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, "[{\"id\":\"2\",\"slug\":\"backend\"},{\"id\":\"3\",\"slug\":\"mobile\"}]")
                    .answer(200, "[{\"id\":\"2\",\"slug\":\"backend\"}]")
                    .answer(200, "{\"slug\":\"no id\"}");
            SentryRequest projects = SentryRequest.get("organizations/{org}/projects/").build();

            List<Project> listed = sentry.client().requestPages(projects, Project.class).items();
            Page<Project> async = sentry.client().async().requestPages(projects, Project.class).get(10,
                    TimeUnit.SECONDS);

            assertThat(listed).extracting(Project::slug).containsExactly("backend", "mobile");
            assertThat(async.items()).extracting(Project::slug).containsExactly("backend");
            assertThatThrownBy(() -> sentry.client().request(SentryRequest.get("projects/{org}/{project}/")
                    .pathParam("project", "x").build(), Project.class))
                    .isInstanceOfSatisfying(SentryResponseException.class, e -> {
                        assertThat(e.statusCode()).as("Sentry answered").isEqualTo(200);
                        assertThat(e.getMessage()).startsWith("Sentry's answer to GET /api/0/projects/acme/x/ (200)"
                                + " is not a Project");
                    });
        }
    }
}
