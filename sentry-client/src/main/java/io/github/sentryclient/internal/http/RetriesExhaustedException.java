package io.github.sentryclient.internal.http;

import java.io.IOException;

/** The last of several attempts failed without an answer; the cause is that attempt's failure. */
final class RetriesExhaustedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    RetriesExhaustedException(IOException last, int attempts) {
        super(last.getMessage(), last);
        this.attempts = attempts;
    }

    int attempts() {
        return attempts;
    }
}
