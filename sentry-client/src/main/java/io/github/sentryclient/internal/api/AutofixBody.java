package io.github.sentryclient.internal.api;

import io.github.sentryclient.model.AutofixState;

/**
 * The body of Sentry's autofix state: {@code {"autofix": ...}}, null before any run.
 *
 * @param autofix the run's state, or null
 */
public record AutofixBody(AutofixState autofix) {
}
