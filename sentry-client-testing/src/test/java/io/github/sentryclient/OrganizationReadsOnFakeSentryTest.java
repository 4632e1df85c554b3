package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Repository;
import io.github.sentryclient.model.SessionsResult;
import io.github.sentryclient.model.StatsSummary;
import io.github.sentryclient.testing.FakeSentry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The organization's other reads on FakeSentry through the client. */
class OrganizationReadsOnFakeSentryTest {

    @Test
    void findsAnEventsIssueTheEnvironmentsRepositoriesMembersAndTheOrganization() {
        try (FakeSentry fake = FakeSentry.builder().orgSlug("pump-works").start();
                SentryClient client = fake.clientBuilder().build()) {
            Issue issue = fake.addIssue(b -> b.title("ZeroDivisionError"));
            String eventId = fake.addEvent(issue.id(), "0123456789abcdef0123456789abcdef",
                    Map.of("environment", "production"));
            fake.addEvent(issue.id(), Map.of("environment", "staging"));
            fake.addRepository("acme/pump-station");
            fake.addMember("dana@example.com", "2", "Dana Developer");

            EventIdResolution resolved = client.resolveEventId(eventId).data();
            Member dana = client.listMembers().items().stream().filter(m -> m.email().equals("dana@example.com"))
                    .findFirst().orElseThrow();

            assertThat(resolved.issueId()).isEqualTo(issue.id());
            assertThat(resolved.projectSlug()).isEqualTo("backend");
            assertThat(resolved.event().id()).isEqualTo(eventId);
            assertThatThrownBy(() -> client.resolveEventId("ffffffffffffffffffffffffffffffff"))
                    .isInstanceOf(SentryNotFoundException.class);
            assertThat(client.listEnvironments(false).data()).extracting(Environment::name)
                    .containsExactly("production", "staging");
            assertThat(client.listRepositories().items()).extracting(Repository::name)
                    .containsExactly("acme/pump-station");
            assertThat(client.getMember(dana.id()).data().assignee()).hasValue("user:2");
            assertThat(client.listOrganizations().items()).extracting(Organization::slug)
                    .containsExactly("pump-works");
        }
    }

    @Test
    void reportsUsageAndHealthAndSwitchesSpikeProtection() {
        try (FakeSentry fake = FakeSentry.start(); SentryClient client = fake.clientBuilder().build()) {
            Issue issue = fake.addIssue(b -> b.title("ZeroDivisionError"));
            fake.addEvent(issue.id(), Map.of("environment", "production"));
            fake.addEvent(issue.id(), Map.of("environment", "production"));

            StatsSummary usage = client.getStatsSummary("error", "30d").data();
            SessionsResult health = client.querySessions(List.of("sum(session)"), List.of("session.status"), "24h",
                    "1h").data();

            assertThat(usage.projects()).filteredOn(p -> p.slug().equals("backend"))
                    .flatExtracting(StatsSummary.ProjectStats::stats)
                    .extracting(stat -> stat.get("outcomes").get("accepted").asLong()).containsExactly(2L);
            assertThat(health.intervals()).isNotEmpty();
            assertThat(health.groups()).as("the fake keeps no sessions").isEmpty();
            assertThat(client.enableSpikeProtection(List.of("backend")).statusCode()).isEqualTo(201);
            assertThat(client.disableSpikeProtection(List.of("$all")).statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> client.enableSpikeProtection(List.of("mobile")))
                    .isInstanceOf(SentryValidationException.class);
            assertThat(client.listSeerModels().data()).isNotEmpty();
        }
    }
}
