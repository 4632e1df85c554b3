package io.github.sentryclient.error;

/** Sentry rejected the auth token (401): missing, invalid, expired or revoked. */
public class SentryAuthenticationException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryAuthenticationException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
