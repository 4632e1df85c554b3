package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void takesTheNextCursorWhileThereAreResults() {
        String header = "<https://sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:0:1>;"
                + " rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\","
                + " <https://acme.sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:100:0>;"
                + " rel=\"next\"; results=\"true\"; cursor=\"0:100:0\"";

        assertThat(LinkHeader.nextCursor(header)).contains("0:100:0");
    }

    @Test
    void stopsWhenTheNextLinkHasNoResults() {
        String header = "<https://sentry.io/x/?&cursor=0:0:1>; rel=\"previous\"; results=\"true\"; cursor=\"0:0:1\","
                + " <https://sentry.io/x/?&cursor=0:200:0>; rel=\"next\"; results=\"false\"; cursor=\"0:200:0\"";

        assertThat(LinkHeader.nextCursor(header)).isEmpty();
    }

    @Test
    void ignoresMissingOrMalformedHeaders() {
        assertThat(LinkHeader.nextCursor(null)).isEmpty();
        assertThat(LinkHeader.nextCursor("")).isEmpty();
        assertThat(LinkHeader.nextCursor("garbage")).isEmpty();
        assertThat(LinkHeader.nextCursor("<https://sentry.io/x/>; rel=\"previous\"; results=\"true\"; cursor=\"1\""))
                .isEmpty();
        assertThat(LinkHeader.nextCursor("<https://sentry.io/x/>; rel=\"next\"; results=\"true\"; cursor=\"\""))
                .isEmpty();
        assertThat(LinkHeader.nextCursor("<https://sentry.io/x/>; rel=\"next\"; results=\"true\"")).isEmpty();
    }

    @Test
    void toleratesOtherAttributesAndOrder() {
        assertThat(LinkHeader.nextCursor("<https://sentry.io/x/>; cursor=\"5:0:0\"; title=\"n\"; results=\"true\";"
                + " rel=\"next\"")).contains("5:0:0");
    }
}
