/**
 * Inputs and results of {@link io.github.sentryclient.SentryClient} operations.
 *
 * <p>Inputs are immutable values built with {@code X.builder()...build()} and validated when built, so an
 * invalid input fails with an {@link IllegalArgumentException} naming the field and the rule before anything
 * is sent. Results are immutable values read from Sentry's JSON; unknown fields are ignored and unknown enum
 * values read as {@code UNKNOWN}.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        overshadowImplementation = true,
        throwForInvalidImmutableState = IllegalArgumentException.class,
        throwForNullPointer = IllegalArgumentException.class,
        defaults = @Value.Immutable(copy = false),
        jdkOnly = true)
package io.github.sentryclient.model;

import org.immutables.value.Value;
