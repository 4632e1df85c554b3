package io.github.sentryclient.error;

/** No usable HTTP response: the connection failed or was dropped, or a timeout passed (status code 0). */
public class SentryTransportException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link SentryClientException#SentryClientException}. */
    public SentryTransportException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, statusCode, detail, method, path, cause);
    }
}
