package io.github.sentryclient.spring;

import io.github.sentryclient.SentryAsyncClient;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates a {@link SentryClient} and its {@link SentryAsyncClient} from the {@code sentry-api.*} properties, when
 * {@code sentry-api.auth-token} is set and the application defines no client of its own. Every
 * {@link SentryClientCustomizer} bean is applied; the client is closed when the context closes.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = SentryClientProperties.PREFIX, name = "auth-token")
@EnableConfigurationProperties(SentryClientProperties.class)
public class SentryClientAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public SentryClientAutoConfiguration() {
    }

    /**
     * The client, built from {@code properties} and then adjusted by the customizers.
     *
     * @throws IllegalStateException naming the property when the token or the organization is missing
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public SentryClient sentryClient(SentryClientProperties properties,
            ObjectProvider<SentryClientCustomizer> customizers) {
        SentryClient.Builder builder = SentryClient.builder()
                .authToken(required(properties.getAuthToken(), "auth-token"))
                .orgSlug(required(properties.getOrg(), "org"));
        // An empty property binds as null; the client's own default applies then.
        ifSet(properties.getProject(), builder::projectSlug);
        ifSet(properties.getBaseUrl(), builder::baseUrl);
        ifSet(properties.getConnectTimeout(), builder::connectTimeout);
        ifSet(properties.getReadTimeout(), builder::readTimeout);
        ifSet(properties.getCallTimeout(), builder::callTimeout);
        ifSet(properties.getMaxRetries(), builder::maxRetries);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw InvalidSentryPropertiesException.invalid(e);
        }
    }

    /**
     * Records the client's metrics ({@code sentry.client.*}) in the application's {@code MeterRegistry}, when
     * Micrometer is on the class path and the context has a registry (as Spring Boot Actuator provides).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {

        @Bean
        SentryClientCustomizer sentryClientMetrics(ObjectProvider<MeterRegistry> registry) {
            return builder -> registry.ifAvailable(meters -> builder.metrics(SentryClientMetrics.of(meters)));
        }
    }

    /** The async view of whichever {@link SentryClient} the context holds. */
    @Bean
    @ConditionalOnMissingBean
    public SentryAsyncClient sentryAsyncClient(SentryClient sentryClient) {
        return sentryClient.async();
    }

    private static <T> void ifSet(T value, Consumer<T> setter) {
        if (value != null && !"".equals(value)) {
            setter.accept(value);
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw InvalidSentryPropertiesException.missing(SentryClientProperties.PREFIX + "." + name);
        }
        return value;
    }
}
