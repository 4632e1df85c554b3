/**
 * The Retrofit description of Sentry's web API routes that the client calls. An implementation detail of
 * {@link io.github.sentryclient.SentryClient}: use the client, not this interface.
 */
package io.github.sentryclient.api;
