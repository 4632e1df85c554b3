package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.Actor;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssuePriority;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.IssueSubstatus;
import io.github.sentryclient.model.Project;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.support.Fixtures;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelJsonTest {

    private final ObjectMapper mapper = ClientJson.mapper();

    @ParameterizedTest
    @ValueSource(strings = {"pending_deletion", "pending_merge", "reprocessing", "muted", ""})
    void unknownStatusesReadAsUnknown(String status) throws IOException {
        Issue issue = mapper.readValue(Fixtures.read("issue.json").replace("\"unresolved\"", "\"" + status + "\""),
                Issue.class);

        assertThat(issue.status()).isEqualTo(IssueStatus.UNKNOWN);
    }

    @Test
    void unknownEnumValuesAndFieldsNeverFailReading() throws IOException {
        String json = "{\"id\":\"1\",\"status\":\"escalated\",\"substatus\":\"frozen\",\"priority\":\"urgent\","
                + "\"assignedTo\":{\"type\":\"robot\",\"id\":\"3\",\"name\":\"R\"},\"brandNew\":{\"x\":[1]},"
                + "\"firstSeen\":\"2024-01-01T00:00:00Z\",\"lastSeen\":\"2024-01-02T00:00:00Z\","
                + "\"project\":{\"id\":\"2\",\"slug\":\"web\"},\"culprit\":null,\"count\":\"9\"}";

        Issue issue = mapper.readValue(json, Issue.class);

        assertThat(issue.status()).isEqualTo(IssueStatus.UNKNOWN);
        assertThat(issue.substatus()).contains(IssueSubstatus.UNKNOWN);
        assertThat(issue.priority()).contains(IssuePriority.UNKNOWN);
        assertThat(issue.assignedTo().orElseThrow().type()).isEqualTo(Actor.Type.UNKNOWN);
        assertThat(issue.culprit()).isEmpty();
        assertThat(issue.title()).isEmpty();
        assertThat(issue.count()).isEqualTo(9);
        assertThat(issue.project().name()).isEqualTo("web");
    }

    @Test
    void enumsRoundTripTheirWireValues() {
        for (IssueStatus status : IssueStatus.values()) {
            assertThat(IssueStatus.fromValue(status.value())).isEqualTo(status);
        }
        for (IssueSubstatus substatus : IssueSubstatus.values()) {
            assertThat(IssueSubstatus.fromValue(substatus.value())).isEqualTo(substatus);
        }
        for (IssuePriority priority : IssuePriority.values()) {
            assertThat(IssuePriority.fromValue(priority.value())).isEqualTo(priority);
        }
        assertThat(IssueStatus.RESOLVED_IN_NEXT_RELEASE.value()).isEqualTo("resolvedInNextRelease");
        assertThat(Actor.Type.fromValue("team")).isEqualTo(Actor.Type.TEAM);
        assertThat(Actor.builder().type(Actor.Type.TEAM).id("7").name("Ops").build().assignee()).isEqualTo("team:7");
    }

    @Test
    void issuesWithoutTheirIdFailToRead() {
        assertThatThrownBy(() -> mapper.readValue("{\"title\":\"x\"}", Issue.class))
                .isInstanceOf(IOException.class).hasMessageContaining("id");
    }

    @Test
    void valuesWriteAndReadBack() throws IOException {
        Issue issue = mapper.readValue(Fixtures.read("issue-assigned.json"), Issue.class);
        assertThat(mapper.readValue(mapper.writeValueAsString(issue), Issue.class)).isEqualTo(issue);

        TagValue value = TagValue.builder().value("production").count(4).lastSeen(Instant.EPOCH).build();
        assertThat(mapper.readValue(mapper.writeValueAsString(value), TagValue.class)).isEqualTo(value);
        assertThat(value.name()).isEqualTo("production");

        Project project = Project.builder().id("2").slug("web").build();
        assertThat(mapper.readValue(mapper.writeValueAsString(project), Project.class)).isEqualTo(project);
    }

    @Test
    void commentsWriteTheirTextFlat() throws IOException {
        Comment comment = mapper.readValue(Fixtures.read("comment.json"), Comment.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(comment)).get("text").asText())
                .isEqualTo("Looking into it");
    }

    @Test
    void tagResultsWriteAsJson() throws IOException {
        TagResult result = TagResult.builder().issueId("1").key("k").value("v").source(TagSource.EVENT_TAG)
                .eventCount(3L).build();

        assertThat(mapper.writeValueAsString(result)).contains("\"source\":\"EVENT_TAG\"").contains("\"eventCount\":3");
    }
}
