package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.Deploy;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.SentryRequest;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.model.UpdateReleaseInput;
import io.github.sentryclient.testing.FakeSentry;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A release's life on FakeSentry through the client: created, deployed, found from its issues, deleted. */
class ReleasesOnFakeSentryTest {

    @RegisterExtension
    final FakeSentryExtension sentry = new FakeSentryExtension();

    @Test
    void createsListsUpdatesAndDeletesAReleaseAsSentryDoes() {
        CreateReleaseInput create = CreateReleaseInput.builder().version("backend@4.2.0").addProjects("backend")
                .build();

        SentryResponse<Release> created = sentry.client().createRelease(create);
        SentryResponse<Release> again = sentry.client().createRelease(create);
        sentry.client().createRelease(CreateReleaseInput.builder().version("backend@4.3.0").addProjects("backend")
                .build());
        List<Release> matching = sentry.client().listReleases(ListReleasesInput.builder().query("4.2").build()).items();
        List<Release> all = sentry.client().listReleases(ListReleasesInput.builder().addProjects("2").build()).items();
        Release updated = sentry.client().updateRelease(UpdateReleaseInput.builder().version("backend@4.2.0")
                .ref("v4.2.0").dateReleased(Instant.parse("2026-11-30T12:00:00Z")).build()).data();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.data().projects()).extracting(p -> p.slug()).containsExactly("backend");
        assertThat(again.statusCode()).isEqualTo(208);
        assertThat(again.message()).contains("exists already");
        assertThat(matching).extracting(Release::version).containsExactly("backend@4.2.0");
        assertThat(all).extracting(Release::version).containsExactly("backend@4.3.0", "backend@4.2.0");
        assertThat(updated.ref()).contains("v4.2.0");
        assertThat(updated.dateReleased()).contains(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(sentry.client().deleteRelease("backend@4.3.0").statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> sentry.client().getRelease("backend@4.3.0"))
                .isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void refusesUnknownProjectsAndBadFieldsWithSentrysFieldErrors() {
        assertThatThrownBy(() -> sentry.client().createRelease(CreateReleaseInput.builder().version("4.2.0")
                .addProjects("mobile").build()))
                .isInstanceOfSatisfying(SentryValidationException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("projects", List.of("Invalid project slugs"))));
        // The client refuses that version itself; sent anyway through request(), Sentry's answer comes back typed.
        SentryValidationException refused = catchThrowableOfType(() -> sentry.client().request(SentryRequest
                .post("organizations/{org}/releases/").body(Map.of("version", "latest", "projects",
                        List.of("backend"))).build()), SentryValidationException.class);
        assertThat(refused.fieldErrors()).isEqualTo(Map.of("version", List.of("Release with name latest is not"
                + " allowed")));
        assertThat(sentry.client().listReleases(ListReleasesInput.all()).items()).isEmpty();
    }

    @Test
    void recordsDeploysAndServesCommitsAndTheFilesTheyChanged() {
        sentry.fake().addRelease("backend@4.2.0");
        sentry.fake().addCommit("backend@4.2.0", "a1b2c3", "fix: divide by the flow, not zero", "dana@example.com",
                "pump_station/app.py", "pump_station/flow.py");

        Deploy deploy = sentry.client().createDeploy(CreateDeployInput.builder().version("backend@4.2.0")
                .environment("production").name("deploy 7").build()).data();
        List<Deploy> deploys = sentry.client().listDeploys("backend@4.2.0").items();
        Release release = sentry.client().getRelease("backend@4.2.0").data();
        List<Commit> commits = sentry.client().listReleaseCommits("backend@4.2.0").items();
        List<CommitFile> files = sentry.client().listReleaseCommitFiles("backend@4.2.0").items();

        assertThat(deploy.environment()).isEqualTo("production");
        assertThat(deploys).extracting(Deploy::id).containsExactly(deploy.id());
        assertThat(release.deployCount()).isEqualTo(1);
        assertThat(release.lastDeploy().map(Deploy::name)).hasValue(deploy.name());
        assertThat(release.dateReleased()).as("the first deploy's time").isPresent();
        assertThat(release.commitCount()).isEqualTo(1);
        assertThat(commits).extracting(Commit::id).containsExactly("a1b2c3");
        assertThat(commits.get(0).author().flatMap(a -> a.email())).hasValue("dana@example.com");
        assertThat(files).extracting(CommitFile::filename).containsExactly("pump_station/app.py",
                "pump_station/flow.py");
        assertThatThrownBy(() -> sentry.client().createDeploy(CreateDeployInput.builder().version("backend@9.9.9")
                .environment("production").build())).isInstanceOf(SentryNotFoundException.class);
    }

    @Test
    void linksAnIssueToItsReleasesAndKeepsAReleaseThatIssuesAreSeenIn() {
        sentry.fake().addRelease("backend@4.2.0");
        Issue issue = sentry.fake().addIssue(b -> b.title("ZeroDivisionError"));
        sentry.fake().addEvent(issue.id(), Map.of("release", "backend@4.1.0"));
        sentry.fake().addEvent(issue.id(), Map.of("release", "backend@4.2.0"));

        Issue read = sentry.client().getIssue(GetIssueInput.builder().issueId(issue.id()).build()).data();

        assertThat(read.firstRelease().map(Release::version)).as("a release Sentry has no record of: its version")
                .hasValue("backend@4.1.0");
        assertThat(read.lastRelease().map(Release::version)).hasValue("backend@4.2.0");
        assertThat(read.lastRelease().flatMap(Release::dateCreated)).isPresent();
        assertThatThrownBy(() -> sentry.client().deleteRelease("backend@4.2.0"))
                .isInstanceOf(SentryValidationException.class)
                .hasMessageContaining("referenced by active issues");
        Issue resolved = sentry.client().updateIssue(UpdateIssueInput.builder().issueId(issue.id())
                .status(IssueStatus.RESOLVED).statusDetails(StatusDetails.resolvedInRelease("backend@4.2.0"))
                .build()).data();
        assertThat(resolved.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThatThrownBy(() -> sentry.client().updateIssue(UpdateIssueInput.builder().issueId(issue.id())
                .status(IssueStatus.RESOLVED).statusDetails(StatusDetails.resolvedInRelease("backend@5.0.0"))
                .build())).isInstanceOfSatisfying(SentryValidationException.class, e -> assertThat(e.getMessage())
                        .contains("Unable to find a release with the given version."));
    }

    @Test
    void aTokenWithoutReleaseScopesIsRefused() {
        try (FakeSentry issuesOnly = FakeSentry.builder().scopes("event:read", "event:write").start();
                SentryClient scoped = issuesOnly.clientBuilder().build()) {
            assertThatThrownBy(() -> scoped.listReleases(ListReleasesInput.all()))
                    .isInstanceOf(SentryPermissionException.class);
        }
        try (FakeSentry ci = FakeSentry.builder().organizationToken().start();
                SentryClient token = ci.clientBuilder().build()) {
            assertThat(token.createRelease(CreateReleaseInput.builder().version("4.2.0").addProjects("backend")
                    .build()).statusCode()).as("an organization token may create releases").isEqualTo(201);
        }
    }
}
