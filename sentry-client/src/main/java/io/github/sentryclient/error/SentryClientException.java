package io.github.sentryclient.error;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every exception the client throws for a failed call. Statuses without a dedicated subclass (such as
 * 409, or 410 on a retired route) raise this class itself.
 */
public class SentryClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailedRequest request;

    /**
     * Creates an exception.
     *
     * @param message one line a person understands
     * @param request the exchange that failed
     * @param cause the underlying failure, or null
     */
    public SentryClientException(String message, FailedRequest request, Throwable cause) {
        super(message, cause);
        this.request = Objects.requireNonNull(request, "request");
    }

    /** The HTTP status code, or 0 when no HTTP response was received. */
    public int statusCode() {
        return request.statusCode();
    }

    /**
     * Sentry's message: the {@code detail} of {@code {"detail": ...}}, a field-error map rendered as
     * {@code field: message}, or a bare JSON string; empty when the response had none.
     */
    public String detail() {
        return request.detail();
    }

    /** The HTTP method of the failed request, such as {@code PUT}. */
    public String method() {
        return request.method();
    }

    /** The path of the failed request, such as {@code /api/0/organizations/acme/issues/1/}. */
    public String path() {
        return request.path();
    }

    /** The answer's headers, names in lower case; empty when there was no answer. */
    public Map<String, List<String>> headers() {
        return request.headers();
    }

    /** The whole exchange: request, status, headers and detail. */
    public FailedRequest request() {
        return request;
    }
}
