package io.github.sentryclient;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The settings of a {@link SentryClient}: which Sentry, which organization, with which token, and how patiently.
 * Read them with {@link SentryClient#config()}; set them, in one place, with {@link SentryClient.Builder}
 * ({@link SentryClient.Builder#buildConfig()} gives them without a client, for integrations that create it later).
 * Validated when built; the auth token never appears in {@link #toString()}.
 */
@Value.Immutable
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        throwForInvalidImmutableState = IllegalArgumentException.class,
        throwForNullPointer = IllegalArgumentException.class,
        redactedMask = "****",
        defaults = @Value.Immutable(copy = false),
        jdkOnly = true)
public abstract class SentryClientConfig {

    /** The default base URL, Sentry's SaaS. */
    public static final String DEFAULT_BASE_URL = "https://sentry.io";

    /** The default limit of a response body: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    /** The auth token (a user token or an internal integration's token), sent as {@code Bearer}. */
    @Value.Redacted
    public abstract String authToken();

    /** The organization's slug (or id), such as {@code acme}. */
    public abstract String orgSlug();

    /** The default project's slug, used where an operation takes a project and none is given. */
    public abstract Optional<String> projectSlug();

    /**
     * Where Sentry is: {@code https://sentry.io} (the default), a region such as {@code https://de.sentry.io}, or a
     * self-hosted URL; with or without a trailing slash or {@code /api/0}.
     */
    @Value.Default
    public String baseUrl() {
        return DEFAULT_BASE_URL;
    }

    /** How long to wait to connect; 10 s by default. */
    @Value.Default
    public Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /** How long to wait for each read or write on the connection; 30 s by default. */
    @Value.Default
    public Duration readTimeout() {
        return Duration.ofSeconds(30);
    }

    /** The overall deadline of one call, retries and waits included; 60 s by default. */
    @Value.Default
    public Duration callTimeout() {
        return Duration.ofSeconds(60);
    }

    /**
     * How failed calls are retried: {@link RetryPolicy#defaults()} (3 retries, backoff 500 ms doubling up to 8 s)
     * unless set; {@link RetryPolicy#none()} turns retries off.
     */
    @Value.Default
    public RetryPolicy retryPolicy() {
        return RetryPolicy.defaults();
    }

    /** How many times a failed call is retried: {@code retryPolicy().maxRetries()}. */
    @Value.Derived
    @Value.Auxiliary
    public int maxRetries() {
        return retryPolicy().maxRetries();
    }

    /**
     * The largest response body the client reads, in bytes; 16 MiB by default. A larger answer fails with
     * {@link io.github.sentryclient.error.SentryResponseException} instead of filling memory.
     */
    @Value.Default
    public long maxResponseBytes() {
        return DEFAULT_MAX_RESPONSE_BYTES;
    }

    /** Appended to the {@code User-Agent} header, such as {@code my-service/1.2}. */
    public abstract Optional<String> userAgent();

    /**
     * Whether to allow plain {@code http://} to a host other than loopback; false by default, so that a token
     * never crosses the network in clear text by accident.
     */
    @Value.Default
    public boolean allowInsecureHttp() {
        return false;
    }

    /** The API root derived from {@link #baseUrl()}, such as {@code https://sentry.io/api/0/}. */
    @Value.Derived
    @Value.Auxiliary
    public String apiUrl() {
        return normalize(baseUrl());
    }

    @Value.Check
    void check() {
        if (authToken().isBlank()) {
            throw new IllegalArgumentException("authToken must not be blank");
        }
        if (!authToken().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("authToken must be printable ASCII without spaces or line breaks");
        }
        slug("orgSlug", orgSlug());
        projectSlug().ifPresent(project -> slug("projectSlug", project));
        positive("connectTimeout", connectTimeout());
        positive("readTimeout", readTimeout());
        positive("callTimeout", callTimeout());
        if (maxResponseBytes() < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, got " + maxResponseBytes());
        }
        userAgent().ifPresent(agent -> {
            if (!agent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("userAgent must be printable ASCII without line breaks");
            }
        });
        URI uri = URI.create(apiUrl());
        if ("http".equals(uri.getScheme()) && !allowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("baseUrl uses plain http to " + uri.getHost() + ", which would send"
                    + " the auth token in clear text; use https, or set allowInsecureHttp(true) if you mean it");
        }
    }

    private static void slug(String field, String value) {
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a Sentry slug (letters, digits, '-', '_' or '.',"
                    + " at most 100 characters), got '" + value + "'");
        }
    }

    private static void positive(String field, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + duration);
        }
    }

    private static String normalize(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: '" + baseUrl + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL such as https://sentry.io,"
                    + " got '" + baseUrl + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a query, fragment or user info, got '"
                    + baseUrl + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/api/0")) {
            path = path.substring(0, path.length() - "/api/0".length());
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + "/api/0/";
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1");
    }
}
