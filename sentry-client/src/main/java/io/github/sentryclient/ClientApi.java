package io.github.sentryclient;

import io.github.sentryclient.internal.api.SentryApi;
import java.util.Optional;

/** What every operation of one client shares: the API, which refuses calls once closed, and the organization. */
final class ClientApi {

    private final SentryApi api;
    private final String org;
    private final Optional<String> projectSlug;
    private volatile boolean closed;

    ClientApi(SentryApi api, String org, Optional<String> projectSlug) {
        this.api = api;
        this.org = org;
        this.projectSlug = projectSlug;
    }

    /** The API, for a call about to be sent; refuses once the client is closed. */
    SentryApi api() {
        if (closed) {
            throw new IllegalStateException("This SentryClient is closed");
        }
        return api;
    }

    /** The organization's slug. */
    String org() {
        return org;
    }

    /** The configured default project, if any. */
    Optional<String> projectSlug() {
        return projectSlug;
    }

    void close() {
        closed = true;
    }
}
