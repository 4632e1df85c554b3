package io.github.sentryclient.spring;

import io.github.sentryclient.SentryClient;

/**
 * Adjusts the {@link SentryClient.Builder} the auto-configuration fills from the {@code sentry-api.*} properties,
 * for example to share the application's {@code OkHttpClient} or Logbook. Every customizer bean is applied, in
 * {@code @Order} order, before the client is built.
 */
@FunctionalInterface
public interface SentryClientCustomizer {

    /** Changes {@code builder} as needed. */
    void customize(SentryClient.Builder builder);
}
