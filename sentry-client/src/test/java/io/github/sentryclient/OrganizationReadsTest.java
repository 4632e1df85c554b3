package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.Environment;
import io.github.sentryclient.model.EventIdResolution;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Repository;
import io.github.sentryclient.support.SchemaExamples;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The organization's other reads against the answers Sentry's schema documents for them. */
class OrganizationReadsTest {

    private static final String ORG = "/api/0/organizations/{organization_id_or_slug}/";

    @Test
    void listsTheOrganizationsTheTokenCanSee() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("GET", "/api/0/organizations/", 200));

            List<Organization> organizations = sentry.client().async().listOrganizations().get(10, TimeUnit.SECONDS)
                    .items();

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/");
            assertThat(organizations).extracting(Organization::slug).contains("the-interstellar-jurisdiction");
            assertThat(organizations.get(0).links().flatMap(links -> links.regionUrl())).isPresent();
        }
    }

    @Test
    void resolvesAnEventIdToItsIssue() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("GET", ORG + "eventids/{event_id}/", 200));

            EventIdResolution resolved = sentry.client().resolveEventId("9FAC2CEE-D934-4F2B-BFDD-1FDACB0ED9B1")
                    .data();

            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/eventids/9fac2ceed9344f2bbfdd1fdacb0ed9b1/");
            assertThat(resolved.issueId()).isEqualTo(resolved.groupId()).isNotBlank();
            assertThat(resolved.projectSlug()).isNotBlank();
            assertThat(resolved.event().id()).isNotBlank();
            assertThatThrownBy(() -> sentry.client().resolveEventId("../shortids/X-1"))
                    .hasMessageStartingWith("eventId must be an event id of 32 hex digits");
            assertThat(sentry.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void readsEnvironmentsRepositoriesAndOneMember() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(200, SchemaExamples.body("GET", ORG + "environments/", 200))
                    .answer(200, SchemaExamples.body("GET", ORG + "repos/", 200))
                    .answer(200, SchemaExamples.body("GET", ORG + "members/{member_id}/", 200));

            List<Environment> environments = sentry.client().listEnvironments(true).data();
            List<Repository> repositories = sentry.client().listRepositories().items();
            Member member = sentry.client().getMember("57377908164").data();

            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/environments/?visibility=all");
            assertThat(environments).extracting(Environment::name).containsExactly("Production", "Staging");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/repos/");
            assertThat(repositories).extracting(Repository::name).containsExactly("sentry/sentry");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/members/57377908164/");
            assertThat(member.email()).isEqualTo("sirpenguin@antarcticarocks.com");
            assertThat(member.assignee()).hasValue("user:280094367316");
            assertThatThrownBy(() -> sentry.client().getMember("me")).hasMessageContaining("memberId");
        }
    }
}
