package io.github.sentryclient.error;

import java.util.List;
import java.util.Map;

/** Sentry refused the request's content (400 or 422); {@link #fieldErrors()} tells which fields and why. */
public class SentryValidationException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> fieldErrors;

    /**
     * Creates the exception, with the parameters of {@link SentryClientException}'s constructor and one more.
     *
     * @param fieldErrors Sentry's messages per field, empty when the body had no field map
     */
    public SentryValidationException(String message, FailedRequest request, Map<String, List<String>> fieldErrors,
            Throwable cause) {
        super(message, request, cause);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /**
     * Sentry's messages per field, such as {@code assignedTo -> [Cannot assign to non-team member]}; empty when
     * the error was not about fields.
     */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
