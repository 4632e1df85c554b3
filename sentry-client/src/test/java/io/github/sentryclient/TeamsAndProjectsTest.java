package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.model.ClientKey;
import io.github.sentryclient.model.CreateProjectInput;
import io.github.sentryclient.model.CreateTeamInput;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.Team;
import io.github.sentryclient.model.UpdateClientKeyInput;
import io.github.sentryclient.model.UpdateProjectInput;
import io.github.sentryclient.model.UpdateTeamInput;
import io.github.sentryclient.support.SchemaExamples;
import io.github.sentryclient.support.SentryServer;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Teams, projects and client keys against the answers Sentry's schema documents for them. */
class TeamsAndProjectsTest {

    private static final String TEAMS = "/api/0/organizations/{organization_id_or_slug}/teams/";
    private static final String TEAM = "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/";
    private static final String PROJECT = "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/";

    @Test
    void createsReadsChangesAndDeletesTeams() {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answer(201, SchemaExamples.body("POST", TEAMS, 201))
                    .answer(200, SchemaExamples.body("GET", TEAMS, 200))
                    .answer(200, SchemaExamples.body("GET", TEAM, 200))
                    .answer(200, SchemaExamples.body("PUT", TEAM, 200))
                    .answer(200, SchemaExamples.body("GET", TEAM + "members/", 200))
                    .answerEmpty(204)
                    .answer(409, "{\"non_field_errors\":[\"A team with this slug already exists.\"],"
                            + "\"detail\":\"A team with this slug already exists.\"}");
            SentryClient client = sentry.client();

            Team created = client.createTeam(CreateTeamInput.builder().slug("payments").name("Payments").build())
                    .data();
            List<Team> teams = client.listTeams().items();
            Team read = client.getTeam("payments").data();
            Team renamed = client.updateTeam(UpdateTeamInput.builder().teamSlug("payments").name("Pay").build())
                    .data();
            List<Member> members = client.listTeamMembers("payments").items();
            String deleted = client.deleteTeam("payments").message();

            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"slug\":\"payments\",\"name\":\"Payments\"}");
            assertThat(created.assignee()).isEqualTo("team:" + created.id());
            assertThat(teams).isNotEmpty();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/teams/");
            assertThat(read.slug()).isNotBlank();
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/teams/acme/payments/");
            RecordedRequest put = sentry.take();
            assertThat(SentryServer.json(put).toString()).as("Sentry requires the slug in every update")
                    .isEqualTo("{\"slug\":\"payments\",\"name\":\"Pay\"}");
            assertThat(renamed.id()).isNotBlank();
            assertThat(members).isNotEmpty();
            assertThat(deleted).isEqualTo("Deleted team payments");
            assertThatThrownBy(() -> client.createTeam(CreateTeamInput.of("payments")))
                    .isInstanceOfSatisfying(SentryClientException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.getMessage()).contains("A team with this slug already exists.");
                    });
        }
    }

    @Test
    void createsAProjectForATeamAndManagesItsTeamsAndKeys() {
        try (SentryServer sentry = new SentryServer()) {
            String key = SchemaExamples.body("GET", PROJECT + "keys/{key_id}/", 200);
            sentry.answer(201, SchemaExamples.body("POST", TEAM + "projects/", 201))
                    .answer(201, SchemaExamples.body("POST", PROJECT + "teams/{team_id_or_slug}/", 201))
                    .answer(200, SchemaExamples.body("GET", PROJECT, 200))
                    .answer(200, SchemaExamples.body("PUT", PROJECT, 200))
                    .answer(201, key).answer(200, key)
                    .answer(200, SchemaExamples.body("GET", PROJECT + "keys/", 200));
            SentryClient client = sentry.client();

            Project created = client.createProject(CreateProjectInput.builder().teamSlug("payments")
                    .name("Checkout").slug("checkout").platform("java").build()).data();
            client.addTeamToProject("checkout", "payments");
            Project read = client.getProject("checkout").data();
            client.updateProject(UpdateProjectInput.builder().projectSlug("checkout").name("Checkout service")
                    .isBookmarked(true).build());
            ClientKey newKey = client.createClientKey("checkout", "CI").data();
            ClientKey updated = client.updateClientKey(UpdateClientKeyInput.builder().projectSlug("checkout")
                    .keyId(newKey.id()).isActive(false).build()).data();
            List<ClientKey> keys = client.listClientKeys("checkout").items();

            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"name\":\"Checkout\",\"slug\":\"checkout\",\"platform\":\"java\"}");
            assertThat(created.slug()).isNotBlank();
            RecordedRequest add = sentry.take();
            assertThat(add.getMethod()).isEqualTo("POST");
            assertThat(add.getTarget()).isEqualTo("/api/0/projects/acme/checkout/teams/payments/");
            assertThat(read.id()).isNotBlank();
            sentry.take();
            assertThat(SentryServer.json(sentry.take()).toString())
                    .isEqualTo("{\"name\":\"Checkout service\",\"isBookmarked\":true}");
            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"name\":\"CI\"}");
            assertThat(newKey.dsn().map(ClientKey.Dsn::publicDsn).orElseThrow()).startsWith("https://");
            assertThat(newKey.toString()).as("the DSN's secret stays out of toString()")
                    .doesNotContain(newKey.dsn().flatMap(ClientKey.Dsn::secret).orElse("never"));
            assertThat(SentryServer.json(sentry.take()).toString()).isEqualTo("{\"isActive\":false}");
            assertThat(updated.id()).isEqualTo(newKey.id());
            assertThat(keys).isNotEmpty();
        }
    }

    @Test
    void refusesBadSlugsAndEmptyUpdatesBeforeSendingAnything() {
        try (SentryServer sentry = new SentryServer()) {
            SentryClient client = sentry.client();

            assertThatThrownBy(() -> client.getTeam("Payments")).hasMessageContaining("teamSlug must be a slug");
            assertThatThrownBy(() -> client.getProject("../users")).hasMessageContaining("projectSlug must be a slug");
            assertThatThrownBy(() -> UpdateTeamInput.builder().teamSlug("payments").build())
                    .hasMessage("an update must change newSlug or name");
            assertThatThrownBy(() -> UpdateProjectInput.builder().projectSlug("checkout").build())
                    .hasMessageContaining("at least one of name, newSlug, platform or isBookmarked");
            assertThatThrownBy(() -> CreateProjectInput.builder().teamSlug("payments").name("x".repeat(51)).build())
                    .hasMessage("name must be at most 50 characters, got 51");
            assertThatThrownBy(() -> client.getClientKey("checkout", "not-a-key"))
                    .hasMessageContaining("keyId must be a client key id");
            assertThat(sentry.requestCount()).isZero();
        }
    }
}
