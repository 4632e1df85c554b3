package io.github.sentryclient.error;

/** The organization, issue or comment does not exist or the token cannot see it (404). */
public class SentryNotFoundException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryNotFoundException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
