package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.BulkUpdateResult;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Event;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueHash;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.Member;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.ShortIdResolution;
import io.github.sentryclient.model.TagValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models read Sentry's own example bodies (schema examples, Sentry's MCP fixtures) from the shared folder. */
class SentryExamplesBreadthTest {

    private static <T> T read(String file, TypeReference<T> type) throws IOException {
        Path path = Path.of(System.getProperty("sentry.examples", "../shared/sentry-api/examples"), file);
        return ClientJson.mapper().readValue(Files.readString(path), type);
    }

    @Test
    void readsTheIssueStreamAndShortIdExamples() throws Exception {
        List<Issue> issues = read("list-org-issues.schema-example.json", new TypeReference<>() { });
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).status()).isEqualTo(IssueStatus.IGNORED);
        assertThat(issues.get(0).substatus()).contains(IssueSubstatus.ARCHIVED_UNTIL_CONDITION_MET);
        ShortIdResolution resolution = read("resolve-short-id.schema-example.json", new TypeReference<>() { });
        assertThat(resolution.issueId()).isEqualTo("1");
        assertThat(resolution.issue().shortId()).isEqualTo("PUMP-STATION-1");
    }

    @Test
    void readsTheBulkDeltaExample() throws Exception {
        BulkUpdateResult delta = read("bulk-update-org-issues.schema-example.json", new TypeReference<>() { });
        assertThat(delta.matched()).isTrue();
        assertThat(delta.status()).contains(IssueStatus.IGNORED);
        assertThat(delta.priority()).contains(IssuePriority.MEDIUM);
        assertThat(delta.shareId()).contains("123def456abc");
        assertThat(delta.statusDetails().get().get("ignoreWindow").asInt()).isEqualTo(60);
        assertThat(delta.isPublic()).contains(true);
        assertThat(delta.hasSeen()).contains(true);
        assertThat(delta.isSubscribed()).contains(true);
    }

    @Test
    void readsTheEventHashAndTagExamples() throws Exception {
        List<Event> events = read("list-issue-events.schema-example.json", new TypeReference<>() { });
        assertThat(events.get(0).eventType()).contains("error");
        assertThat(events.get(0).dateCreated()).contains(Instant.parse("2020-09-11T17:46:36Z"));
        List<IssueHash> hashes = read("list-issue-hashes.schema-example.json", new TypeReference<>() { });
        Event latest = hashes.get(0).latestEvent().orElseThrow();
        assertThat(latest.entries()).isPresent();
        assertThat(latest.user().orElseThrow().email()).contains("hell@boy.cat");
        IssueTag flavors = read("issue-tag-details.schema-example.json", new TypeReference<>() { });
        assertThat(flavors.uniqueValues()).hasValue(2);
        assertThat(flavors.topValues()).extracting(TagValue::value).containsExactly("strawberry", "vanilla");
        List<IssueTag> keys = read("sentry-mcp-fixture.tags.json", new TypeReference<>() { });
        assertThat(keys).extracting(IssueTag::key).contains("environment", "release");
        List<TagValue> values = read("issue-tag-values.schema-example.json", new TypeReference<>() { });
        assertThat(values).hasSize(4);
    }

    @Test
    void readsTheOrganizationExamples() throws Exception {
        List<Member> members = read("list-org-members.schema-example.json", new TypeReference<>() { });
        assertThat(members.get(0).assignee()).contains("user:280094367316");
        assertThat(members.get(0).orgRole()).contains("member");
        List<Project> projects = read("list-org-projects.schema-example.json", new TypeReference<>() { });
        assertThat(projects.get(0).slug()).isEqualTo("prime-mover");
        assertThat(projects.get(0).isMember()).contains(true);
        List<Comment> comments = read("sentry-mcp-fixture.issue-comments.json", new TypeReference<>() { });
        assertThat(comments.get(0).text()).isEqualTo("Investigating after the latest deploy.");
        Organization organization = ClientJson.mapper().readValue(BreadthServer.fixture("organization.json"),
                Organization.class);
        assertThat(organization.links().orElseThrow().organizationUrl()).contains("https://acme.sentry.io");
    }
}
