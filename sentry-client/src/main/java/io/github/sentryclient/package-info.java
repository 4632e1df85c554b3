/**
 * A Java client for Sentry's web API: triage issues with typed inputs, typed errors and safe logging.
 *
 * <p>Start with {@link io.github.sentryclient.SentryClient#builder()} or
 * {@link io.github.sentryclient.SentryClient#fromEnv()}.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        overshadowImplementation = true,
        throwForInvalidImmutableState = IllegalArgumentException.class,
        throwForNullPointer = IllegalArgumentException.class,
        redactedMask = "****",
        defaults = @Value.Immutable(copy = false),
        jdkOnly = true)
package io.github.sentryclient;

import org.immutables.value.Value;
