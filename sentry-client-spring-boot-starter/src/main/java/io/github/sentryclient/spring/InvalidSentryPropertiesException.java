package io.github.sentryclient.spring;

import java.util.Locale;

/**
 * Startup failure: the auto-configuration is active but a {@code sentry-api.*} property is missing or invalid.
 * Carries the advice that {@link InvalidSentryPropertiesFailureAnalyzer} prints.
 */
final class InvalidSentryPropertiesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String action;

    private InvalidSentryPropertiesException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    static InvalidSentryPropertiesException missing(String property) {
        String variable = property.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_');
        return new InvalidSentryPropertiesException("Property " + property + " is not set; the Sentry client needs"
                + " it once " + SentryClientProperties.PREFIX + ".auth-token is set",
                "Set " + property + " (in application.properties, or as the environment variable " + variable
                        + "), or remove " + SentryClientProperties.PREFIX + ".auth-token to turn the Sentry client"
                        + " off.",
                null);
    }

    static InvalidSentryPropertiesException invalid(IllegalArgumentException cause) {
        return new InvalidSentryPropertiesException("Invalid " + SentryClientProperties.PREFIX + ".* properties: "
                + cause.getMessage(), "Correct the " + SentryClientProperties.PREFIX + ".* property named above.",
                cause);
    }

    String action() {
        return action;
    }
}
