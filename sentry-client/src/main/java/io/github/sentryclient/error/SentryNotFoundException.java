package io.github.sentryclient.error;

/** The organization, issue or comment does not exist or the token cannot see it (404). */
public class SentryNotFoundException extends SentryClientException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, with the parameters of {@link SentryClientException}'s constructor. */
    public SentryNotFoundException(String message, FailedRequest request, Throwable cause) {
        super(message, request, cause);
    }
}
