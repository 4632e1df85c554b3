package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void getsAnIssue() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String body = new String(SmokeTest.class.getResourceAsStream("/fixtures/issue.json").readAllBytes(),
                    StandardCharsets.UTF_8);
            server.enqueue(new MockResponse.Builder().code(200).body(body).build());
            try (SentryClient client = SentryClient.builder().authToken("tok").orgSlug("acme")
                    .baseUrl(server.url("/").toString()).build()) {
                SentryResponse<io.github.sentryclient.model.Issue> r =
                        client.getIssue(GetIssueInput.builder().issueId("123456").build());
                assertThat(r.data().status()).isEqualTo(IssueStatus.UNRESOLVED);
                assertThat(r.data().count()).isEqualTo(150);
                System.out.println(r.message());
                RecordedRequest req = server.takeRequest();
                System.out.println(req.getUrl() + " " + req.getHeaders());
            }
        }
    }
}
