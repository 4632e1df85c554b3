package io.github.sentryclient.error;

/**
 * Base of every exception the client throws for a failed call. Statuses without a dedicated subclass (such as
 * 409, or 410 on a retired route) raise this class itself.
 */
public class SentryClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String detail;
    private final String method;
    private final String path;

    /**
     * Creates an exception.
     *
     * @param message one line a person understands
     * @param statusCode the HTTP status, or 0 when there was no HTTP response
     * @param detail Sentry's own message, or empty
     * @param method the request's HTTP method
     * @param path the request's path
     * @param cause the underlying failure, or null
     */
    public SentryClientException(String message, int statusCode, String detail, String method, String path,
            Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.detail = detail == null ? "" : detail;
        this.method = method == null ? "" : method;
        this.path = path == null ? "" : path;
    }

    /** The HTTP status code, or 0 when no HTTP response was received. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Sentry's message: the {@code detail} of {@code {"detail": ...}}, a field-error map rendered as
     * {@code field: message}, or a bare JSON string; empty when the response had none.
     */
    public String detail() {
        return detail;
    }

    /** The HTTP method of the failed request, such as {@code PUT}. */
    public String method() {
        return method;
    }

    /** The path of the failed request, such as {@code /api/0/organizations/acme/issues/1/}. */
    public String path() {
        return path;
    }
}
