/**
 * The Retrofit description of the Sentry web API routes that the client calls. Internal to sentry-client and not
 * API: it may change in any release; use {@link io.github.sentryclient.SentryClient}.
 */
package io.github.sentryclient.internal.api;
