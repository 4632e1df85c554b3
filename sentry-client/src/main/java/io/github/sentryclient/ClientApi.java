package io.github.sentryclient;

import io.github.sentryclient.internal.api.RawApi;
import io.github.sentryclient.internal.api.SentryApi;
import io.github.sentryclient.internal.api.SentryRootApi;
import java.util.Optional;
import okhttp3.HttpUrl;

/** What every operation of one client shares: the API, which refuses calls once closed, and the organization. */
final class ClientApi {

    private final SentryApi api;
    private final SentryRootApi root;
    private final RawApi raw;
    private final HttpUrl apiRoot;
    private final String org;
    private final Optional<String> projectSlug;
    private volatile boolean closed;

    ClientApi(SentryApi api, SentryRootApi root, RawApi raw, HttpUrl apiRoot, String org,
            Optional<String> projectSlug) {
        this.api = api;
        this.root = root;
        this.raw = raw;
        this.apiRoot = apiRoot;
        this.org = org;
        this.projectSlug = projectSlug;
    }

    /** The routes outside the organization's prefix; refuses once the client is closed. */
    SentryRootApi root() {
        if (closed) {
            throw new IllegalStateException("This SentryClient is closed");
        }
        return root;
    }

    /** The API for any route; refuses once the client is closed. */
    RawApi raw() {
        if (closed) {
            throw new IllegalStateException("This SentryClient is closed");
        }
        return raw;
    }

    /** {@code <base>/api/0/}, which {@link io.github.sentryclient.model.SentryRequest} paths are relative to. */
    HttpUrl apiRoot() {
        return apiRoot;
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
