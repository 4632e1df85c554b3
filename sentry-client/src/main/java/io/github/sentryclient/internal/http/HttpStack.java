package io.github.sentryclient.internal.http;

import io.github.sentryclient.SentryClientConfig;
import io.github.sentryclient.internal.api.RawApi;
import io.github.sentryclient.internal.api.SentryApi;
import io.github.sentryclient.internal.api.SentryRootApi;
import io.github.sentryclient.model.RateLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.zalando.logbook.BodyFilter;
import org.zalando.logbook.HeaderFilter;
import org.zalando.logbook.Logbook;
import org.zalando.logbook.core.HeaderFilters;
import org.zalando.logbook.okhttp.GzipInterceptor;
import org.zalando.logbook.okhttp.LogbookInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The HTTP stack behind one client: an {@link OkHttpClient} with the client's interceptors and a Retrofit
 * {@link SentryApi} on top of it.
 */
public final class HttpStack implements AutoCloseable {

    /** The client's name and version, as sent in {@code User-Agent}. */
    public static final String USER_AGENT = "sentry-client-java/" + version();

    private static final String MASK = "XXX";

    /** OkHttp allows 5 async calls per host by default; Sentry is one host, and the pacer caps each route. */
    static final int MAX_DISPATCHED_REQUESTS = 256;

    private final OkHttpClient okHttpClient;
    private final SentryApi api;
    private final SentryRootApi root;
    private final RawApi raw;
    private final boolean ownsClient;
    private final RetryInterceptor retries;

    private HttpStack(OkHttpClient okHttpClient, SentryApi api, SentryRootApi root, RawApi raw, boolean ownsClient,
            RetryInterceptor retries) {
        this.root = root;
        this.raw = raw;
        this.okHttpClient = okHttpClient;
        this.api = api;
        this.ownsClient = ownsClient;
        this.retries = retries;
    }

    /**
     * Builds the stack for {@code config}.
     *
     * @param base a caller's client whose connection pool and dispatcher to share, or null for a new one
     * @param logbook a caller's Logbook, or null for the default one, which masks the auth token
     */
    public static HttpStack create(SentryClientConfig config, OkHttpClient base, Logbook logbook) {
        return create(config, base, logbook, Timing.system());
    }

    /** As {@link #create(SentryClientConfig, OkHttpClient, Logbook)}, with the clocks and waiting of {@code timing}. */
    public static HttpStack create(SentryClientConfig config, OkHttpClient base, Logbook logbook, Timing timing) {
        return create(config, base, logbook, timing, ClientEvents.NONE);
    }

    /** As {@link #create(SentryClientConfig, OkHttpClient, Logbook, Timing)}, telling {@code events} to metrics. */
    public static HttpStack create(SentryClientConfig config, OkHttpClient base, Logbook logbook, Timing timing,
            ClientEvents events) {
        // Share a caller's threads and connections, but not a dispatcher that may cap calls at 5 per host.
        Dispatcher dispatcher = base == null ? new Dispatcher() : new Dispatcher(base.dispatcher().executorService());
        OkHttpClient.Builder builder = base == null
                ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                : base.newBuilder();
        dispatcher.setMaxRequests(MAX_DISPATCHED_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_DISPATCHED_REQUESTS);
        String userAgent = config.userAgent().map(suffix -> USER_AGENT + " " + suffix).orElse(USER_AGENT);
        // Calls wait for their route's rate limit before they reach the dispatcher, so they wait without a thread.
        Pacer pacer = new Pacer(timing, events);
        RetryInterceptor retries = new RetryInterceptor(config.retryPolicy(), config.callTimeout(),
                config.maxResponseBytes(), pacer, timing, () -> ThreadLocalRandom.current().nextDouble());
        OkHttpClient client = builder
                .dispatcher(dispatcher)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // Retries and redirects are decided here, never silently by OkHttp.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(retries)
                .addInterceptor(new RedirectInterceptor())
                .addInterceptor(new HeadersInterceptor(config.authToken(), userAgent,
                        HttpUrl.get(config.apiUrl())))
                .addNetworkInterceptor(new ExchangeGuard())
                .addNetworkInterceptor(new LogbookInterceptor(logbook == null
                        ? defaultLogbook(config.authToken()) : logbook))
                .addNetworkInterceptor(new GzipInterceptor())
                .build();
        // Each request carries its call's state (deadline, retries used), set while SentryCall hands it over.
        okhttp3.Call.Factory calls = request -> {
            CallState state = CallState.current();
            return client.newCall(state == null ? request : request.newBuilder().tag(CallState.class, state).build());
        };
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(organizationUrl(config))
                .callFactory(calls)
                // Request bodies are written by Jackson; answers are read by SentryCall, which knows their status.
                .addConverterFactory(JacksonConverterFactory.create(Json.mapper()))
                .addCallAdapterFactory(new SentryCallAdapterFactory(Json.mapper(),
                        new ErrorMapping(timing.clock(), config.authToken()),
                        new SentryCall.Pacing(pacer, timing, config.callTimeout().toNanos(),
                                config.retryPolicy().maxRetries() > 0)))
                .build();
        // The same stack, rooted at /api/0/, for the routes outside the organization's prefix.
        SentryRootApi root = retrofit.newBuilder().baseUrl(HttpUrl.get(config.apiUrl())).build()
                .create(SentryRootApi.class);
        return new HttpStack(client, retrofit.create(SentryApi.class), root, retrofit.create(RawApi.class),
                base == null, retries);
    }

    /** {@code <base>/api/0/organizations/<org>/}, which {@link SentryApi}'s paths are relative to. */
    static HttpUrl organizationUrl(SentryClientConfig config) {
        return HttpUrl.get(config.apiUrl()).newBuilder()
                .addPathSegment("organizations")
                .addPathSegment(config.orgSlug())
                .addPathSegment("")
                .build();
    }

    /** The latest rate-limit state Sentry reported to this client, on any response; empty before the first. */
    public Optional<RateLimit> rateLimit() {
        return retries.latestRateLimit();
    }

    /** A Logbook that logs each exchange at TRACE on {@code org.zalando.logbook.Logbook}, token masked. */
    static Logbook defaultLogbook(String token) {
        HeaderFilter tokenAnywhere = headers -> headers.apply((name, values) -> values.stream()
                .map(value -> value.replace(token, MASK))
                .toList());
        BodyFilter tokenInBody = (contentType, body) -> body.replace(token, MASK);
        return Logbook.builder()
                // Adding any header filter drops Logbook's default masking, so it is listed first.
                .headerFilter(HeaderFilters.authorization())
                .headerFilter(tokenAnywhere)
                .bodyFilter(tokenInBody)
                .build();
    }

    /** The configured OkHttp client. */
    public OkHttpClient okHttpClient() {
        return okHttpClient;
    }

    /** The Retrofit API on top of {@link #okHttpClient()}. */
    public SentryApi api() {
        return api;
    }

    /** The routes outside the organization's prefix (teams, projects), on the same stack as {@link #api()}. */
    public SentryRootApi root() {
        return root;
    }

    /** The API for any route, on the same stack as {@link #api()}. */
    public RawApi raw() {
        return raw;
    }

    /** Stops the dispatcher's threads and drops idle connections, unless they belong to a caller's client. */
    @Override
    public void close() {
        if (ownsClient) {
            okHttpClient.dispatcher().executorService().shutdown();
            okHttpClient.connectionPool().evictAll();
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = HttpStack.class.getResourceAsStream("/io/github/sentryclient/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "dev");
    }
}
