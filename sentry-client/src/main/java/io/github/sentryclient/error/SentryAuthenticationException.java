package io.github.sentryclient.error;

/** Sentry rejected the auth token (401): missing, invalid, expired or revoked. */
public class SentryAuthenticationException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryAuthenticationException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
