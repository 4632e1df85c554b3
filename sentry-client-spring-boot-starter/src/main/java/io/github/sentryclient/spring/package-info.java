/**
 * Spring Boot integration: {@link io.github.sentryclient.spring.SentryClientAutoConfiguration} creates the client
 * from the {@code sentry-api.*} properties. Loaded only by Spring Boot's auto-configuration, so an application
 * without Spring never touches it.
 */
package io.github.sentryclient.spring;
