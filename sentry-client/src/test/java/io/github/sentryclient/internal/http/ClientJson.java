package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The client's own JSON mapping, for tests that check how the client reads and writes Sentry's bodies. */
public final class ClientJson {

    private ClientJson() {
    }

    /** The mapper the client reads responses and writes requests with. */
    public static ObjectMapper mapper() {
        return Json.mapper();
    }
}
