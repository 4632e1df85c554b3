package io.github.sentryclient.error;

/** Sentry or a proxy in front of it failed (5xx). */
public class SentryServerException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryServerException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
