package io.github.sentryclient.error;

/**
 * A successful status whose body cannot be read as the expected JSON, such as an HTML page from a proxy, an empty
 * or truncated body, or a body over the size limit.
 */
public class SentryResponseException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryResponseException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
