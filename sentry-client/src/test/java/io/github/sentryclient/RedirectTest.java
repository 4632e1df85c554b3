package io.github.sentryclient;

import static io.github.sentryclient.support.SentryServer.comment;
import static io.github.sentryclient.support.SentryServer.get;
import static io.github.sentryclient.support.SentryServer.issueJson;
import static io.github.sentryclient.support.SentryServer.ok;
import static io.github.sentryclient.support.SentryServer.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects: followed for reads only, and the token goes to the configured host only. */
class RedirectTest {

    private static final String ISSUE_PATH = "/api/0/organizations/acme/issues/1/";

    private final MockWebServer sentry = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private String sentryUrl;
    private String elsewhereUrl;

    @BeforeEach
    void start() throws IOException {
        sentry.start(InetAddress.getByName("127.0.0.1"), 0);
        elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
        sentryUrl = "http://127.0.0.1:" + sentry.getPort();
        // The same machine under another name: a different host as far as the token is concerned.
        elsewhereUrl = "http://localhost:" + elsewhere.getPort();
    }

    @AfterEach
    void stop() {
        sentry.close();
        elsewhere.close();
    }

    private SentryClient client() {
        return SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme").baseUrl(sentryUrl)
                .retryPolicy(SentryServer.FAST).build();
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).setHeader("Location", location).build();
    }

    @Test
    void aCrossHostRedirectOfAGetIsFollowedWithoutTheToken() throws InterruptedException {
        sentry.enqueue(redirect(302, elsewhereUrl + ISSUE_PATH));
        elsewhere.enqueue(ok(issueJson("1")));
        try (SentryClient client = client()) {
            assertThat(client.getIssue(get("1")).data().id()).isEqualTo("1");
        }
        RecordedRequest first = sentry.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest second = elsewhere.takeRequest(5, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
        assertThat(second.getHeaders().get("Authorization")).isNull();
        assertThat(second.getHeaders().toString()).doesNotContain(SentryServer.TOKEN);
        assertThat(second.getUrl().host()).isEqualTo("localhost");
    }

    @Test
    void aSameHostRedirectKeepsTheToken() throws InterruptedException {
        sentry.enqueue(redirect(301, "/api/0/organizations/acme/issues/2/"));
        sentry.enqueue(ok(issueJson("2")));
        try (SentryClient client = client()) {
            assertThat(client.getIssue(get("1")).data().id()).isEqualTo("2");
        }
        sentry.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest redirected = sentry.takeRequest(5, TimeUnit.SECONDS);
        assertThat(redirected.getUrl().encodedPath()).isEqualTo("/api/0/organizations/acme/issues/2/");
        assertThat(redirected.getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
    }

    @Test
    void aRedirectOfAPutIsNotFollowed() {
        sentry.enqueue(redirect(307, elsewhereUrl + ISSUE_PATH));
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.updateIssueStatus(resolve("1")))
                    .isExactlyInstanceOf(SentryClientException.class)
                    .hasMessageContaining("redirected")
                    .hasMessageContaining(elsewhereUrl)
                    .satisfies(e -> assertThat(((SentryClientException) e).statusCode()).isEqualTo(307));
        }
        assertThat(sentry.getRequestCount()).isEqualTo(1);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void aRedirectOfAPostIsNotFollowed() {
        sentry.enqueue(redirect(302, ISSUE_PATH));
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.addComment(comment("1", "hi")))
                    .isExactlyInstanceOf(SentryClientException.class)
                    .hasMessageContaining("-> 302");
        }
        assertThat(sentry.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectLoopStopsAfterFiveHops() {
        for (int i = 0; i < 10; i++) {
            sentry.enqueue(redirect(302, ISSUE_PATH));
        }
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isExactlyInstanceOf(SentryClientException.class)
                    .hasMessageContaining("redirected");
        }
        assertThat(sentry.getRequestCount()).isEqualTo(6);
    }

    @Test
    void aRedirectWithoutLocationReachesTheCaller() {
        sentry.enqueue(new MockResponse.Builder().code(302).build());
        try (SentryClient client = client()) {
            assertThatThrownBy(() -> client.getIssue(get("1")))
                    .isExactlyInstanceOf(SentryClientException.class)
                    .hasMessageContaining("to nowhere");
        }
    }
}
