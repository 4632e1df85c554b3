/**
 * How requests are sent: OkHttp and Retrofit wiring, authentication headers, retries, error mapping and HTTP
 * logging. Internal to sentry-client and not API: it may change in any release; use
 * {@link io.github.sentryclient.SentryClient}.
 */
package io.github.sentryclient.internal.http;
