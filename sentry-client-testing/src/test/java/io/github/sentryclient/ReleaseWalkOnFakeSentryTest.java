package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.EventDataset;
import io.github.sentryclient.model.EventTimeseries;
import io.github.sentryclient.model.EventTimeseriesInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseFile;
import io.github.sentryclient.model.StatusDetails;
import io.github.sentryclient.model.UpdateIssueInput;
import io.github.sentryclient.testing.FakeSentryExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A release-to-issue walk on FakeSentry, as a team does after a bad deploy: list the releases, record the deploy,
 * find the issues first seen in that release, resolve them in it; and the project's files, owners and feedback.
 */
class ReleaseWalkOnFakeSentryTest {

    @RegisterExtension
    final FakeSentryExtension sentry = new FakeSentryExtension();

    @Test
    void findsAndResolvesTheIssuesFirstSeenInARelease() {
        sentry.fake().addRelease("backend@4.1.0");
        sentry.fake().addRelease("backend@4.2.0");
        Issue old = sentry.fake().addIssue(b -> b.title("KeyError: 'pressure'"));
        Issue regression = sentry.fake().addIssue(b -> b.title("ZeroDivisionError: division by zero"));
        sentry.fake().addEvent(old.id(), Map.of("release", "backend@4.1.0"));
        sentry.fake().addEvent(old.id(), Map.of("release", "backend@4.2.0"));
        sentry.fake().addEvent(regression.id(), Map.of("release", "backend@4.2.0"));

        Release latest = sentry.client().listReleases(ListReleasesInput.all()).items().get(0);
        sentry.client().createDeploy(CreateDeployInput.builder().version(latest.version()).environment("production")
                .build());
        List<Issue> firstSeen = sentry.client().listIssues(ListIssuesInput.builder()
                .query("is:unresolved firstRelease:" + latest.version()).build()).items();
        for (Issue issue : firstSeen) {
            sentry.client().updateIssue(UpdateIssueInput.builder().issueId(issue.id()).status(IssueStatus.RESOLVED)
                    .statusDetails(StatusDetails.resolvedInRelease(latest.version())).build());
        }

        assertThat(latest.version()).isEqualTo("backend@4.2.0");
        assertThat(sentry.client().getRelease(latest.version()).data().deployCount()).isEqualTo(1);
        assertThat(firstSeen).extracting(Issue::id).containsExactly(regression.id());
        assertThat(sentry.fake().issue(regression.id()).status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(sentry.fake().issue(old.id()).status()).as("first seen in 4.1.0").isEqualTo(IssueStatus.UNRESOLVED);
        assertThat(sentry.client().getRelease(latest.version()).data().newGroups()).isEqualTo(1);
    }

    @Test
    void chartsErrorsOverTimeAndServesFilesOwnersUsersAndFeedback() {
        Issue issue = sentry.fake().addIssue(b -> b.title("ZeroDivisionError"));
        String eventId = sentry.fake().addEvent(issue.id(), Map.of("environment", "production", "user",
                "email:dana@example.com"));
        sentry.fake().addEvent(issue.id(), Map.of("environment", "production"));
        sentry.fake().addRelease("backend@4.2.0");
        String fileId = sentry.fake().addReleaseFile("backend@4.2.0", "~/static/app.js.map", 2048);

        EventTimeseries chart = sentry.client().eventTimeseries(EventTimeseriesInput.builder()
                .dataset(EventDataset.ERRORS)
                .addYAxis("count()").statsPeriod("1h").interval(Duration.ofMinutes(10)).build()).data();
        long total = chart.timeSeries().get(0).values().stream().mapToLong(p -> p.value().orElse(0.0).longValue())
                .sum();
        assertThat(total).isEqualTo(2);
        assertThat(chart.timeSeries().get(0).meta().flatMap(m -> m.interval())).hasValue(600L);

        ReleaseFile file = sentry.client().getReleaseFile("backend@4.2.0", fileId).data();
        assertThat(file.size()).isEqualTo(2048);
        assertThat(sentry.client().listReleaseFiles("backend@4.2.0").items()).extracting(ReleaseFile::name)
                .containsExactly("~/static/app.js.map");
        sentry.client().deleteReleaseFile("backend@4.2.0", fileId);
        assertThat(sentry.client().listReleaseFiles("backend@4.2.0").items()).isEmpty();

        assertThat(sentry.client().getProjectOwnership("backend").data().raw()).hasValue("");
        sentry.client().updateProjectOwnership("backend", "path:src/payments/* #payments", false);
        assertThat(sentry.client().getProjectOwnership("backend").data().fallthrough()).isFalse();
        assertThatThrownBy(() -> sentry.client().updateProjectOwnership("backend", "payments", true))
                .isInstanceOf(SentryValidationException.class);

        assertThat(sentry.client().listProjectUsers("backend").items()).extracting(u -> u.email().orElse(""))
                .containsExactly("dana@example.com");
        sentry.client().createUserFeedback("backend", eventId, "Dana", "dana@example.com", "Checkout crashed");
        assertThat(sentry.client().listUserFeedback("backend").items()).extracting(f -> f.comments().orElseThrow())
                .containsExactly("Checkout crashed");
        assertThatThrownBy(() -> sentry.client()
                .createUserFeedback("backend", eventId, "Dana", "dana@example.com", "Again"))
                .isInstanceOfSatisfying(SentryClientException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(sentry.client().listOrganizationClientKeys().items()).isNotEmpty();
    }
}
