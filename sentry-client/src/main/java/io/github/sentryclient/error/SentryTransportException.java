package io.github.sentryclient.error;

/** No usable HTTP response: the connection failed or was dropped, or a timeout passed (status code 0). */
public class SentryTransportException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryTransportException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
