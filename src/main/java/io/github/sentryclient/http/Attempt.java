package io.github.sentryclient.http;

/**
 * One attempt of a call, carried as a request tag: its number, and whether the request reached the network (set by
 * {@link SentMarker}), which decides whether a failed write may be sent again.
 */
final class Attempt {

    private final int number;
    private volatile boolean sent;

    Attempt(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    boolean sent() {
        return sent;
    }

    void markSent() {
        sent = true;
    }
}
