package io.github.sentryclient.error;

/**
 * The token is valid but may not do this (403): a missing scope, no access to the project, or a comment operation
 * without a user identity.
 */
public class SentryPermissionException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryPermissionException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
