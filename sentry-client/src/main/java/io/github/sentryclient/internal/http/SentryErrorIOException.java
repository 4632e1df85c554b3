package io.github.sentryclient.internal.http;

import io.github.sentryclient.error.SentryClientException;
import java.io.IOException;

/**
 * Carries a typed exception out of an OkHttp interceptor, which may only throw {@link IOException}; unwrapped by
 * {@link HttpFailures}.
 */
final class SentryErrorIOException extends IOException {

    private static final long serialVersionUID = 1L;

    SentryErrorIOException(SentryClientException exception) {
        super(exception.getMessage(), exception);
    }

    SentryClientException exception() {
        return (SentryClientException) getCause();
    }
}
