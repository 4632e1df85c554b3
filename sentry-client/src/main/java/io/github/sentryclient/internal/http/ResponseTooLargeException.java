package io.github.sentryclient.internal.http;

import java.io.IOException;

/** A successful answer's body passed {@code maxResponseBytes}; the body was not read further. */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final long limit;

    ResponseTooLargeException(int statusCode, long limit) {
        super("answer larger than " + limit + " bytes");
        this.statusCode = statusCode;
        this.limit = limit;
    }

    int statusCode() {
        return statusCode;
    }

    long limit() {
        return limit;
    }
}
