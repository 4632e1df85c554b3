package io.github.sentryclient.error;

/**
 * The token is valid but may not do this (403): a missing scope, no access to the project, or a comment operation
 * without a user identity.
 */
public class SentryPermissionException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryPermissionException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
