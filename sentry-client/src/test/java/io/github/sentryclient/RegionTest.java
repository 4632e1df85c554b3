package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.support.Fixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void regionsAreTheirApiHosts() {
        assertThat(SentryRegion.US.baseUrl()).isEqualTo("https://us.sentry.io");
        assertThat(SentryRegion.DE.baseUrl()).isEqualTo("https://de.sentry.io");
        try (SentryClient de = SentryClient.builder().authToken("t").orgSlug("acme").region(SentryRegion.DE)
                .build();
                SentryClient us = SentryClient.builder().authToken("t").orgSlug("acme").region(SentryRegion.US)
                        .build();
                SentryClient saas = SentryClient.builder().authToken("t").orgSlug("acme").build();
                SentryClient selfHosted = SentryClient.builder().authToken("t").orgSlug("acme")
                        .baseUrl("https://sentry.internal.example/sentry/").build()) {
            assertThat(de.config().apiUrl()).isEqualTo("https://de.sentry.io/api/0/");
            assertThat(us.config().apiUrl()).isEqualTo("https://us.sentry.io/api/0/");
            assertThat(saas.config().apiUrl()).isEqualTo("https://sentry.io/api/0/");
            assertThat(selfHosted.config().apiUrl()).isEqualTo("https://sentry.internal.example/sentry/api/0/");
        }
        assertThatThrownBy(() -> SentryClient.builder().region(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void discoversTheOrganizationsRegionAndSendsEverythingThere() throws Exception {
        try (MockWebServer generic = new MockWebServer(); MockWebServer region = new MockWebServer()) {
            generic.start();
            region.start();
            String regionUrl = region.url("/").toString();
            generic.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("breadth/organization.json")
                    .replace("https://de.sentry.io", regionUrl)).build());
            region.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("breadth/issue-archived.json"))
                    .build());

            try (SentryClient client = SentryClient.builder().authToken("t").orgSlug("acme")
                    .baseUrl(generic.url("/").toString()).discoverRegion().build()) {
                client.getIssue(GetIssueInput.builder().issueId("4502").build());

                assertThat(client.config().apiUrl()).isEqualTo(regionUrl + "api/0/");
            }
            assertThat(generic.takeRequest().getTarget()).isEqualTo("/api/0/organizations/acme/");
            assertThat(generic.getRequestCount()).isEqualTo(1);
            assertThat(region.takeRequest().getTarget()).isEqualTo("/api/0/organizations/acme/issues/4502/");
        }
    }

    @Test
    void keepsTheBaseUrlWhenSentryReportsNoRegion() throws Exception {
        try (MockWebServer selfHosted = new MockWebServer()) {
            selfHosted.start();
            selfHosted.enqueue(new MockResponse.Builder().code(200)
                    .body("{\"id\":\"1\",\"slug\":\"acme\",\"name\":\"Acme\"}").build());
            selfHosted.enqueue(new MockResponse.Builder().code(200)
                    .body("{\"id\":\"1\",\"slug\":\"acme\",\"links\":{\"organizationUrl\":\"x\",\"regionUrl\":\" \"}}")
                    .build());

            for (int i = 0; i < 2; i++) {
                try (SentryClient client = SentryClient.builder().authToken("t").orgSlug("acme")
                        .baseUrl(selfHosted.url("/").toString()).discoverRegion().build()) {
                    assertThat(client.config().apiUrl()).isEqualTo(selfHosted.url("/api/0/").toString());
                }
            }
        }
    }

    @Test
    void refusesARegionUrlThatWouldSendTheTokenInClearText() throws Exception {
        try (MockWebServer generic = new MockWebServer()) {
            generic.start();
            generic.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("breadth/organization.json")
                    .replace("https://de.sentry.io", "http://de.sentry.example")).build());

            assertThatThrownBy(() -> SentryClient.builder().authToken("t").orgSlug("acme")
                    .baseUrl(generic.url("/").toString()).discoverRegion().build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("baseUrl uses plain http to de.sentry.example");
        }
    }

    @Test
    void failsTheBuildWithTheTypedExceptionWhenDiscoveryFails() throws Exception {
        try (MockWebServer generic = new MockWebServer()) {
            generic.start();
            generic.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"Invalid token\"}").build());

            assertThatThrownBy(() -> SentryClient.builder().authToken("t").orgSlug("acme")
                    .baseUrl(generic.url("/").toString()).discoverRegion().build())
                    .isInstanceOf(SentryAuthenticationException.class);
        }
    }
}
