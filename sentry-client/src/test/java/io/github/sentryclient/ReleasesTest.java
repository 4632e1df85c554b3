package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.Deploy;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseRef;
import io.github.sentryclient.model.UpdateReleaseInput;
import io.github.sentryclient.support.SchemaExamples;
import io.github.sentryclient.support.SentryServer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The release operations against the answers Sentry's schema documents for them. */
class ReleasesTest {

    private static final String RELEASES = "/api/0/organizations/{organization_id_or_slug}/releases/";
    private static final String RELEASE = RELEASES + "{version}/";

    @Test
    void listsReleasesByVersionTextProjectAndEnvironment() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("GET", RELEASES, 200));

            List<Release> releases = sentry.client().listReleases(ListReleasesInput.builder().query("1.0")
                    .addProjects("1", "2").addEnvironments("production").build()).items();

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/?query=1.0&project=1"
                    + "&project=2&environment=production");
            Release release = releases.get(0);
            assertThat(release.version()).isEqualTo("frontend@1.0.0");
            assertThat(release.status()).contains("open");
            assertThat(release.dateCreated()).contains(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(release.projects()).extracting(p -> p.slug()).containsExactly("sentry");
            assertThat(release.lastDeploy()).isEmpty();
        }
    }

    @Test
    void readsOneReleaseWithItsLatestCommitAndDeploy() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("GET", RELEASE, 200));

            SentryResponse<Release> read = sentry.client().async().getRelease("control@abc123").get(10,
                    TimeUnit.SECONDS);

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/control@abc123/");
            assertThat(read.data().version()).isEqualTo("control@abc123");
            assertThat(read.data().commitCount()).isEqualTo(2);
            assertThat(read.data().lastCommit().map(Commit::id)).contains("xyz123");
            assertThat(read.message()).startsWith("Release control@abc123: 0 new issues, 2 commits, ");
        }
    }

    @Test
    void createsAReleaseOnceAndSaysWhenItExistedAlready() {
        try (SentryServer sentry = new SentryServer();
                SentryClient retrying = sentry.clientBuilder().retryPolicy(SentryServer.FAST).build()) {
            String example = SchemaExamples.body("POST", RELEASES, 201);
            sentry.answer(201, example).answer(208, example).answer(503, "{\"detail\":\"busy\"}");
            CreateReleaseInput input = CreateReleaseInput.builder().version("frontend@1.0.0").addProjects("frontend")
                    .ref("v1.0.0").url("https://ci.example.com/builds/1")
                    .dateReleased(Instant.parse("2026-11-30T12:00:00Z"))
                    .addRefs(ReleaseRef.builder().repository("acme/frontend").commit("a1b2c3")
                            .previousCommit("0f0f0f").build())
                    .build();

            SentryResponse<Release> created = sentry.client().createRelease(input);
            SentryResponse<Release> again = sentry.client().createRelease(input);

            JsonNode body = SentryServer.json(sentry.take());
            assertThat(body.toString()).isEqualTo("{\"version\":\"frontend@1.0.0\",\"projects\":[\"frontend\"],"
                    + "\"ref\":\"v1.0.0\",\"url\":\"https://ci.example.com/builds/1\",\"dateReleased\":"
                    + "\"2026-11-30T12:00:00Z\",\"refs\":[{\"repository\":\"acme/frontend\",\"commit\":\"a1b2c3\","
                    + "\"previousCommit\":\"0f0f0f\"}]}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.message()).isEqualTo("Created release frontend@1.0.0 in frontend");
            assertThat(again.statusCode()).isEqualTo(208);
            assertThat(again.message()).isEqualTo("Release frontend@1.0.0 exists already in frontend");
            assertThatThrownBy(() -> retrying.createRelease(input)).isInstanceOf(SentryServerException.class);
            assertThat(sentry.requestCount()).as("the POST after a 503 is not sent again").isEqualTo(3);
        }
    }

    @Test
    void updatesOnlyWhatIsGivenAndDeletes() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("PUT", RELEASE, 200)).answerEmpty(204);

            SentryResponse<Release> updated = sentry.client().updateRelease(UpdateReleaseInput.builder()
                    .version("control@abc123").url("https://ci.example.com/builds/2").build());
            SentryResponse<String> deleted = sentry.client().deleteRelease("control@abc123");

            RecordedRequest put = sentry.take();
            assertThat(put.getMethod()).isEqualTo("PUT");
            assertThat(SentryServer.json(put).toString()).isEqualTo("{\"url\":\"https://ci.example.com/builds/2\"}");
            assertThat(updated.message()).isEqualTo("Updated release control@abc123: url");
            RecordedRequest delete = sentry.take();
            assertThat(delete.getMethod()).isEqualTo("DELETE");
            assertThat(delete.getTarget()).isEqualTo("/api/0/organizations/acme/releases/control@abc123/");
            assertThat(deleted.message()).isEqualTo("Deleted release control@abc123");
        }
    }

    @Test
    void recordsAndListsDeploysCommitsAndChangedFiles() {
        try (SentryServer sentry = new SentryServer()) {
            String deploy = "{\"id\":\"1234\",\"environment\":\"production\",\"dateStarted\":null,"
                    + "\"dateFinished\":\"2026-11-30T12:05:00Z\",\"name\":\"deploy 7\",\"url\":null}";
            sentry.answer(201, deploy).answer(200, "[" + deploy + "]")
                    .answer(200, SchemaExamples.body("GET", RELEASE + "commits/", 200))
                    .answer(200, "[{\"id\":\"1\",\"orgId\":1,"
                            + "\"author\":{\"name\":\"Jane\",\"email\":\"jane@example.com\"},"
                            + "\"commitMessage\":\"fix: handle empty release version\",\"filename\":\"src/app.py\","
                            + "\"type\":\"M\",\"repoName\":\"acme/backend\"}]");

            SentryResponse<Deploy> created = sentry.client().createDeploy(CreateDeployInput.builder()
                    .version("4.2.0").environment("production").name("deploy 7")
                    .dateFinished(Instant.parse("2026-11-30T12:05:00Z")).addProjects("backend").build());
            List<Deploy> deploys = sentry.client().listDeploys("4.2.0").items();
            List<Commit> commits = sentry.client().listReleaseCommits("4.2.0").items();
            List<CommitFile> files = sentry.client().listReleaseCommitFiles("4.2.0").items();

            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"environment\":\"production\","
                    + "\"name\":\"deploy 7\",\"dateFinished\":\"2026-11-30T12:05:00Z\",\"projects\":[\"backend\"]}");
            assertThat(created.message()).isEqualTo("Recorded deploy 1234 of release 4.2.0 to production");
            assertThat(deploys).extracting(Deploy::environment).containsExactly("production");
            assertThat(commits).extracting(Commit::message).containsExactly(java.util.Optional.of(
                    "fix: handle empty release version"));
            assertThat(files.get(0).filename()).isEqualTo("src/app.py");
            assertThat(files.get(0).author().flatMap(a -> a.email())).contains("jane@example.com");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/4.2.0/deploys/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/4.2.0/commits/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/releases/4.2.0/commitfiles/");
        }
    }

    @Test
    void refusesWhatSentryWouldRefuseBeforeSendingAnything() {
        try (SentryServer sentry = new SentryServer()) {
            SentryClient client = sentry.client();

            assertThatThrownBy(() -> client.getRelease("latest")).hasMessageContaining("must not be '.', '..' or"
                    + " 'latest'");
            assertThatThrownBy(() -> client.getRelease("a/b")).hasMessageContaining("version must not contain");
            assertThatThrownBy(() -> client.deleteRelease(" ")).hasMessage("version must not be blank");
            assertThatThrownBy(() -> CreateReleaseInput.builder().version("1.0").build())
                    .hasMessage("projects must name at least one project slug");
            assertThatThrownBy(() -> CreateReleaseInput.builder().version("1.0").addProjects("Backend").build())
                    .hasMessageContaining("projects must be a slug");
            assertThatThrownBy(() -> CreateReleaseInput.builder().version("1.0").addProjects("backend")
                    .url("ftp://example.com/").build()).hasMessageContaining("url must be an absolute http");
            assertThatThrownBy(() -> UpdateReleaseInput.builder().version("1.0").build())
                    .hasMessageContaining("at least one of ref, url, dateReleased or refs");
            assertThatThrownBy(() -> CreateDeployInput.builder().version("1.0").environment("x".repeat(65)).build())
                    .hasMessage("environment must be at most 64 characters, got 65");
            assertThatThrownBy(() -> CreateDeployInput.builder().version("1.0").environment("production")
                    .dateStarted(Instant.parse("2026-11-30T12:00:00Z"))
                    .dateFinished(Instant.parse("2026-11-30T11:00:00Z")).build())
                    .hasMessage("dateFinished must not be before dateStarted");
            assertThatThrownBy(() -> ReleaseRef.of("acme/backend", "a".repeat(65)))
                    .hasMessage("commit must be at most 64 characters, got 65");
            assertThat(sentry.requestCount()).isZero();
        }
    }
}
