package io.github.sentryclient.error;

/**
 * A successful status whose body cannot be read as the expected JSON, such as an HTML page from a proxy, an empty
 * or truncated body, or a body over the size limit.
 */
public class SentryResponseException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryResponseException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
