package io.github.sentryclient.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One way of calling Sentry, measured against the others: the same three operations on the same issue, each
 * returning the parsed result (or failing on a non-2xx answer).
 */
interface Contender extends AutoCloseable {

    /** The issue every contender reads and writes. */
    String ISSUE_ID = "4711042";
    /** The organization of {@link #ISSUE_ID}. */
    String ORG = "acme";
    /** The token sent (and masked in logs) by every contender. */
    String TOKEN = "sntrys_bench_0123456789abcdef";
    /** The comment every contender posts. */
    String COMMENT = "Deployed a fix in pump-station@2.4.2";

    Object getIssue() throws Exception;

    Object updateIssueStatus() throws Exception;

    Object addComment() throws Exception;

    CompletableFuture<?> getIssueAsync();

    CompletableFuture<?> updateIssueStatusAsync();

    CompletableFuture<?> addCommentAsync();

    @Override
    void close();

    /**
     * Creates a contender by name: {@code sentry} (this client, sync), {@code sentry-async} (this client's async
     * API, joined), {@code okhttp} (OkHttp + Jackson by hand), {@code okhttp-logbook} (the same with the client's
     * Logbook interceptors), {@code jdk} (java.net.http.HttpClient + Jackson).
     */
    static Contender create(String name, String baseUrl) {
        return switch (name) {
            case "sentry" -> new SentryContender(baseUrl, false);
            case "sentry-async" -> new SentryContender(baseUrl, true);
            case "okhttp" -> new OkHttpContender(baseUrl, false);
            case "okhttp-logbook" -> new OkHttpContender(baseUrl, true);
            case "jdk" -> new JdkContender(baseUrl);
            default -> throw new IllegalArgumentException("contender must be one of sentry, sentry-async, okhttp,"
                    + " okhttp-logbook, jdk; got '" + name + "'");
        };
    }
}
