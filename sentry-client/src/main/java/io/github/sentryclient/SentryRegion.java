package io.github.sentryclient;

/**
 * Sentry's SaaS data regions, as base URLs for {@link SentryClient.Builder#region(SentryRegion)}. An
 * organization's data lives in one region; its API answers on that region's host. A self-hosted Sentry takes its
 * own URL through {@link SentryClient.Builder#baseUrl(String)} instead.
 */
public enum SentryRegion {
    /** The United States region, {@code https://us.sentry.io}. */
    US("https://us.sentry.io"),
    /** The European Union region (Germany), {@code https://de.sentry.io}. */
    DE("https://de.sentry.io");

    private final String baseUrl;

    SentryRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The region's base URL, such as {@code https://de.sentry.io}. */
    public String baseUrl() {
        return baseUrl;
    }
}
