package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void resolvesAShortIdToItsIssue() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/shortid.json").answerFixture(200, "breadth/shortid.json");

            SentryResponse<ShortIdResolution> resolved = sentry.client().resolveShortId("CHECKOUT-2F");
            sentry.client().async().resolveShortId("PUMP-STATION-1").get();

            assertThat(resolved.data().issueId()).isEqualTo("4501");
            assertThat(resolved.data().projectSlug()).isEqualTo("checkout");
            assertThat(resolved.data().organizationSlug()).isEqualTo("acme");
            assertThat(resolved.data().shortId()).isEqualTo("CHECKOUT-2F");
            assertThat(resolved.data().issue().count()).isEqualTo(2048);
            assertThat(resolved.message()).isEqualTo("Short id CHECKOUT-2F is issue 4501 in project checkout:"
                    + " TimeoutError: payment gateway did not answer in 30s");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/shortids/CHECKOUT-2F/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/shortids/PUMP-STATION-1/");
        }
    }

    @Test
    void rejectsWhatIsNoShortIdAndReportsAnUnknownOne() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().enqueue(new MockResponse.Builder().code(404)
                    .body("{\"detail\":\"Short ID not found\"}").build());

            assertThatThrownBy(() -> sentry.client().resolveShortId("4501"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("shortId must look like PROJ-1A (a project slug, a dash and the issue's short"
                            + " number: letters, digits, '-' and '_' only), got '4501'");
            // One set of id rules: what getIssue refuses as an id, resolveShortId refuses as a short id.
            assertThatThrownBy(() -> sentry.client().resolveShortId("CHECK.OUT-2F"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GetIssueInput.builder().issueId("CHECK.OUT-2F").build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sentry.client().resolveShortId("CHECKOUT-2F/../x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sentry.client().resolveShortId(null))
                    .hasMessageEndingWith("got null");
            assertThatThrownBy(() -> sentry.client().resolveShortId("CHECKOUT-ZZZ"))
                    .isInstanceOf(SentryNotFoundException.class).hasMessageContaining("Short ID not found");
            assertThat(sentry.server().getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void listsProjectsAndMembers() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/projects.json").answerFixture(200, "breadth/members.json")
                    .answerFixture(200, "breadth/projects.json")
                    .answerFixture(200, "breadth/members.json");

            Page<Project> projects = sentry.client().listProjects();
            Page<Member> members = sentry.client().listMembers();
            sentry.client().async().listProjects().get();
            sentry.client().async().listMembers().get();

            Project checkout = projects.items().get(0);
            assertThat(checkout.slug()).isEqualTo("checkout");
            assertThat(checkout.isMember()).contains(true);
            assertThat(checkout.hasAccess()).contains(true);
            assertThat(checkout.dateCreated()).contains(Instant.parse("2025-03-04T10:11:12.131Z"));
            assertThat(projects.items().get(1).platform()).contains("javascript-react");
            assertThat(projects.message()).isEqualTo("Listed 2 projects of organization acme; no more pages");
            Member dana = members.items().get(0);
            assertThat(dana.id()).isEqualTo("301");
            assertThat(dana.orgRole()).contains("admin");
            assertThat(dana.assignee()).contains("user:88");
            assertThat(dana.dateCreated()).contains(Instant.parse("2025-03-04T10:00:00Z"));
            Member invited = members.items().get(1);
            assertThat(invited.pending()).isTrue();
            assertThat(invited.user()).isEmpty();
            assertThat(invited.assignee()).isEmpty();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/projects/");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/members/");
        }
    }

    @Test
    void findsAMemberByEmail() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/members.json").answerFixture(200, "breadth/members.json").server()
                    .enqueue(new MockResponse.Builder().code(200).body("[]").build());
            sentry.answerFixture(200, "breadth/members.json");

            SentryResponse<Optional<Member>> byUserEmail = sentry.client().findMemberByEmail("dana@ACME.example");
            SentryResponse<Optional<Member>> invited = sentry.client().findMemberByEmail("new.hire@acme.example");
            SentryResponse<Optional<Member>> nobody = sentry.client().findMemberByEmail("ghost@acme.example");
            sentry.client().async().findMemberByEmail("dana@acme.example").get();

            assertThat(byUserEmail.data()).map(Member::id).contains("301");
            assertThat(byUserEmail.message())
                    .isEqualTo("dana@ACME.example is member 301 of organization acme (assign issues to user:88)");
            assertThat(invited.message()).isEqualTo("new.hire@acme.example is member 302 of organization acme"
                    + " (invitation pending)");
            assertThat(nobody.data()).isEmpty();
            assertThat(nobody.message()).isEqualTo("ghost@acme.example is not a member of organization acme");
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/members/?query=email%3Adana%40ACME.example");
            assertThatThrownBy(() -> sentry.client().findMemberByEmail("dana"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("email must be an e-mail address such as dev@example.com, got 'dana'");
            assertThatThrownBy(() -> sentry.client().findMemberByEmail(null)).hasMessageEndingWith("got null");
        }
    }

    @Test
    void saysWhenTheAssigneeIsNoMember() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(400, "breadth/error-assign-not-member.json")
                    .answerFixture(400, "breadth/error-assign-not-member.json")
                    .answerFixture(400, "breadth/error-assign-not-member.json");
            AssignIssueInput byEmail = AssignIssueInput.builder().issueId("4501").assignee("ghost@acme.example")
                    .build();

            assertThatThrownBy(() -> sentry.client().assignIssue(byEmail))
                    .isInstanceOf(SentryValidationException.class)
                    .hasMessage("Sentry refused the request for issue 4501: assignedTo: Cannot assign to non-team"
                            + " member (PUT /api/0/organizations/acme/issues/4501/ -> 400). 'ghost@acme.example' is"
                            + " not a member of organization acme who can be assigned issue 4501: the assignee must"
                            + " be a member of the organization, on a team with access to the issue's project")
                    .satisfies(e -> assertThat(((SentryValidationException) e).fieldErrors())
                            .containsKey("assignedTo"))
                    .satisfies(e -> assertThat(((SentryValidationException) e).statusCode()).isEqualTo(400));
            assertThat(sentry.client().async().assignIssue(byEmail)).failsWithin(Duration.ofSeconds(5))
                    .withThrowableThat().havingCause().isInstanceOf(SentryValidationException.class)
                    .withMessageContaining("'ghost@acme.example' is not a member of organization acme");
            assertThatThrownBy(() -> sentry.client().assignIssue(AssignIssueInput.builder().issueId("4501")
                    .assignee("user:77").build()))
                    .hasMessageEndingWith("'user:77' cannot be assigned issue 4501: the assignee must be a member of"
                            + " the organization, on a team with access to the issue's project");
            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"assignedTo\":\"ghost@acme.example\"}");
        }
    }

    @Test
    void passesOtherAssignFailuresUnchanged() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"Not found\"}").build());
            sentry.server().enqueue(new MockResponse.Builder().code(404).body("{\"detail\":\"Not found\"}").build());
            AssignIssueInput input = AssignIssueInput.builder().issueId("4501").assignee("user:88").build();

            assertThatThrownBy(() -> sentry.client().assignIssue(input)).isInstanceOf(SentryNotFoundException.class);
            assertThat(sentry.client().async().assignIssue(input)).failsWithin(Duration.ofSeconds(5))
                    .withThrowableThat().havingCause().isInstanceOf(SentryNotFoundException.class);
        }
    }

    @Test
    void readsTheOrganizationAndItsRegion() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/organization.json").answerFixture(200, "breadth/organization.json");

            SentryResponse<Organization> organization = sentry.client().getOrganization();
            sentry.client().async().getOrganization().get();

            assertThat(organization.data().name()).isEqualTo("Acme Corp");
            assertThat(organization.data().links().get().regionUrl()).contains("https://de.sentry.io");
            assertThat(organization.message()).isEqualTo("Organization acme (Acme Corp), region https://de.sentry.io");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/");
        }
    }
}
