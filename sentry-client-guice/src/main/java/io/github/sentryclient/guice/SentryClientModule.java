package io.github.sentryclient.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import io.github.sentryclient.SentryAsyncClient;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.zalando.logbook.Logbook;

/**
 * Binds {@link SentryClient} and {@link SentryAsyncClient} as singletons for Guice 7. An application may hand the
 * client its own {@link OkHttpClient} or {@link Logbook} by setting the optional bindings:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(SentryClientModule.fromEnv(), new AbstractModule() {
 *     protected void configure() {
 *         OptionalBinder.newOptionalBinder(binder(), OkHttpClient.class).setBinding().toInstance(sharedOkHttp);
 *     }
 * });
 * }</pre>
 *
 * <p>The injector does not close the client: an application that stops without exiting the JVM calls
 * {@code injector.getInstance(SentryClient.class).close()}.
 */
public final class SentryClientModule extends AbstractModule {

    private final SentryClientConfig config;

    /**
     * Binds a client with {@code config}, as {@code SentryClient.builder()...buildConfig()} gives it.
     */
    public SentryClientModule(SentryClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Binds a client configured from {@code SENTRY_AUTH_TOKEN}, {@code SENTRY_ORG}, {@code SENTRY_PROJECT} and
     * {@code SENTRY_URL}, as {@link SentryClient.Builder#fromEnv()} reads them.
     *
     * @throws IllegalArgumentException naming the variable that is missing or invalid
     */
    public static SentryClientModule fromEnv() {
        return new SentryClientModule(SentryClient.builder().fromEnv().buildConfig());
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), OkHttpClient.class);
        OptionalBinder.newOptionalBinder(binder(), Logbook.class);
    }

    @Provides
    @Singleton
    SentryClient client(Optional<OkHttpClient> okHttpClient, Optional<Logbook> logbook) {
        SentryClient.Builder builder = SentryClient.builder().config(config);
        okHttpClient.ifPresent(builder::okHttpClient);
        logbook.ifPresent(builder::logbook);
        return builder.build();
    }

    @Provides
    @Singleton
    SentryAsyncClient asyncClient(SentryClient client) {
        return client.async();
    }
}
