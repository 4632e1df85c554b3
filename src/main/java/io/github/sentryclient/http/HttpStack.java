package io.github.sentryclient.http;

import io.github.sentryclient.SentryClientConfig;
import io.github.sentryclient.api.SentryApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.zalando.logbook.BodyFilter;
import org.zalando.logbook.HeaderFilter;
import org.zalando.logbook.core.HeaderFilters;
import org.zalando.logbook.Logbook;
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

    private final OkHttpClient okHttpClient;
    private final SentryApi api;
    private final boolean ownsClient;

    private HttpStack(OkHttpClient okHttpClient, SentryApi api, boolean ownsClient) {
        this.okHttpClient = okHttpClient;
        this.api = api;
        this.ownsClient = ownsClient;
    }

    /**
     * Builds the stack for {@code config}.
     *
     * @param base a caller's client whose connection pool and dispatcher to share, or null for a new one
     * @param logbook a caller's Logbook, or null for the default one, which masks the auth token
     */
    public static HttpStack create(SentryClientConfig config, OkHttpClient base, Logbook logbook) {
        OkHttpClient.Builder builder;
        if (base == null) {
            Dispatcher dispatcher = new Dispatcher();
            // OkHttp caps async calls at 5 per host by default; Sentry is one host.
            dispatcher.setMaxRequests(256);
            dispatcher.setMaxRequestsPerHost(256);
            builder = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES));
        } else {
            builder = base.newBuilder();
        }
        String userAgent = config.userAgent().map(suffix -> USER_AGENT + " " + suffix).orElse(USER_AGENT);
        OkHttpClient client = builder
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .addInterceptor(new ErrorInterceptor(Clock.systemUTC()))
                .addInterceptor(new HeadersInterceptor(config.authToken(), userAgent))
                .addNetworkInterceptor(new LogbookInterceptor(logbook == null
                        ? defaultLogbook(config.authToken()) : logbook))
                .addNetworkInterceptor(new GzipInterceptor())
                .build();
        SentryApi api = new Retrofit.Builder()
                .baseUrl(config.apiUrl())
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(Json.mapper()))
                .build()
                .create(SentryApi.class);
        return new HttpStack(client, api, base == null);
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
