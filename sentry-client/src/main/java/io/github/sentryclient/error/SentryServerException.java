package io.github.sentryclient.error;

/** Sentry or a proxy in front of it failed (5xx). */
public class SentryServerException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryServerException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
