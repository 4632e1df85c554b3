package io.github.sentryclient;

import io.github.sentryclient.internal.http.HttpStack;
import io.github.sentryclient.model.Organization;
import io.github.sentryclient.model.OrganizationLinks;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.zalando.logbook.Logbook;

/** Finds the API host of an organization's data region, for {@link SentryClient.Builder#discoverRegion()}. */
final class RegionDiscovery {

    private RegionDiscovery() {
    }

    /** The configuration with the region's base URL, or unchanged when Sentry reports no region. */
    static SentryClientConfig discover(SentryClientConfig config, OkHttpClient base, Logbook logbook) {
        Organization organization;
        try (HttpStack probe = HttpStack.create(config, base, logbook)) {
            organization = Operation.call(OrganizationOperations.GET_ORGANIZATION, "",
                    () -> probe.api().getOrganization(), reply -> reply.requireBody()).runSync();
        }
        Optional<String> region = organization.links().flatMap(OrganizationLinks::regionUrl)
                .map(String::trim).filter(url -> !url.isEmpty());
        if (region.isEmpty()) {
            return config;
        }
        // The config's own checks apply to the reported URL too: no plain http unless allowed.
        return ImmutableSentryClientConfig.builder().from(config).baseUrl(region.get()).build();
    }
}
