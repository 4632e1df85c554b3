package io.github.sentryclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The route a request is paced by when it has no template: its path under /api/0/, ids as placeholders. */
class RoutesTest {

    @Test
    void aRequestToAnyRouteIsPacedByItsPathWithIdsAsPlaceholders() {
        Request event = new Request.Builder().url("https://sentry.io/api/0/organizations/acme/issues/6900000001/"
                + "events/9fac2ceed9344f2bbfdd1fdacb0ed9b1/").build();
        Request release = new Request.Builder().url("https://sentry.io/api/0/organizations/acme/releases/4.2.0/")
                .delete().build();
        Request selfHosted = new Request.Builder().url("https://sentry.example.com/sentry/api/0/organizations/").build();

        assertThat(Routes.key(event)).isEqualTo("GET organizations/acme/issues/{id}/events/{id}/");
        assertThat(Routes.key(release)).isEqualTo("DELETE organizations/acme/releases/4.2.0/");
        assertThat(Routes.key(selfHosted)).isEqualTo("GET organizations/");
    }
}
