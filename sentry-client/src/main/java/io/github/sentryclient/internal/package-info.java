/**
 * The client's machinery: everything under {@code io.github.sentryclient.internal} is internal to sentry-client
 * and not API. It may change in any release without notice; use {@link io.github.sentryclient.SentryClient}.
 */
package io.github.sentryclient.internal;
