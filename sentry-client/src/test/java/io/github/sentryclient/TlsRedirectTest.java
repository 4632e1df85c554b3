package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.support.SentryServer;
import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over real TLS: a redirect from https never takes a request, or the token, down to plain http. */
class TlsRedirectTest {

    private static final String ISSUE_PATH = "/api/0/organizations/acme/issues/1/";

    private final MockWebServer sentry = new MockWebServer();
    @StartStop
    private final MockWebServer plain = new MockWebServer();
    private OkHttpClient trusting;

    @BeforeEach
    void startTls() throws Exception {
        HeldCertificate localhost = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(localhost).build();
        HandshakeCertificates client = new HandshakeCertificates.Builder()
                .addTrustedCertificate(localhost.certificate()).build();
        sentry.useHttps(server.sslSocketFactory());
        sentry.start(InetAddress.getByName("localhost"), 0);
        trusting = new OkHttpClient.Builder()
                .sslSocketFactory(client.sslSocketFactory(), client.trustManager()).build();
    }

    @AfterEach
    void stop() {
        sentry.close();
        trusting.dispatcher().executorService().shutdown();
    }

    private SentryClient client() {
        return SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme")
                .baseUrl("https://localhost:" + sentry.getPort()).okHttpClient(trusting)
                .retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void aGetRedirectedFromHttpsToHttpIsNotFollowed() throws Exception {
        String downgrade = "http://localhost:" + plain.getPort() + ISSUE_PATH;
        sentry.enqueue(new MockResponse.Builder().code(302).setHeader("Location", downgrade).build());

        SentryClientException e;
        try (SentryClient client = client()) {
            e = catchThrowableOfType(SentryClientException.class,
                    () -> client.getIssue(SentryServer.get("1")));
        }

        assertThat(e.statusCode()).isEqualTo(302);
        assertThat(e.getMessage()).contains("redirected the request").contains(downgrade)
                .contains("only for reads on https").doesNotContain(SentryServer.TOKEN);
        assertThat(sentry.takeRequest().getHandshake()).as("the first request went over TLS").isNotNull();
        assertThat(plain.getRequestCount()).as("requests that reached plain http").isZero();
    }

    @Test
    void aGetRedirectedWithinHttpsIsFollowedWithTheToken() throws Exception {
        sentry.enqueue(new MockResponse.Builder().code(301)
                .setHeader("Location", "https://localhost:" + sentry.getPort() + "/api/0/organizations/acme/issues/2/")
                .build());
        sentry.enqueue(SentryServer.ok(SentryServer.issueJson("2")));

        try (SentryClient client = client()) {
            assertThat(client.getIssue(SentryServer.get("1")).data().id()).isEqualTo("2");
        }
        sentry.takeRequest();
        assertThat(sentry.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + SentryServer.TOKEN);
    }
}
