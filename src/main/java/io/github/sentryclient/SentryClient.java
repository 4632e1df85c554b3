package io.github.sentryclient;

import io.github.sentryclient.http.HttpStack;
import io.github.sentryclient.http.Timing;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.RateLimit;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.zalando.logbook.Logbook;

/**
 * The client for Sentry's web API: triages the issues of one organization. Each method sends the request, waits
 * for Sentry's answer and returns a {@link SentryResponse}, or throws a subclass of
 * {@link io.github.sentryclient.error.SentryClientException}; {@link #async()} offers the same operations as
 * futures. Thread-safe; share one instance and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (SentryClient client = SentryClient.builder().authToken(token).orgSlug("acme").build()) {
 *     Issue issue = client.getIssue(GetIssueInput.builder().issueId("PROJ-1A").build()).data();
 * }
 * }</pre>
 */
public final class SentryClient implements AutoCloseable {

    private final SentryClientConfig config;
    private final HttpStack http;
    private final Operations operations;
    private final SentryAsyncClient async;

    private SentryClient(SentryClientConfig config, OkHttpClient okHttpClient, Logbook logbook, Timing timing) {
        this.config = config;
        this.http = HttpStack.create(config, okHttpClient, logbook, timing);
        this.operations = new Operations(http.api(), config.orgSlug());
        this.async = new SentryAsyncClient(operations);
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Creates a client with {@code config}. */
    public static SentryClient create(SentryClientConfig config) {
        return new SentryClient(Objects.requireNonNull(config, "config"), null, null, Timing.system());
    }

    /** The same operations, answered with {@link java.util.concurrent.CompletableFuture}s. */
    public SentryAsyncClient async() {
        return async;
    }

    /** The settings this client uses. */
    public SentryClientConfig config() {
        return config;
    }

    /**
     * The latest rate-limit state Sentry reported to this client, from the {@code X-Sentry-Rate-Limit-*} headers of
     * the most recent response that carried them (errors included); empty before the first such response.
     */
    public Optional<RateLimit> rateLimit() {
        return http.rateLimit();
    }

    /** Posts a comment on an issue ({@code 201}); the comment's text and id come back in the response. */
    public SentryResponse<Comment> addComment(AddCommentInput input) {
        return Calls.execute(Operations.ADD_COMMENT, input.issueId(), operations.addComment(input),
                reply -> Operations.commented(input, reply));
    }

    /** Sets an issue's status and returns the updated issue. */
    public SentryResponse<Issue> updateIssueStatus(UpdateIssueStatusInput input) {
        return Calls.execute(Operations.UPDATE_ISSUE_STATUS, input.issueId(), operations.updateIssueStatus(input),
                reply -> Operations.statusUpdated(input, reply));
    }

    /** Reads an issue by numeric id or short id. */
    public SentryResponse<Issue> getIssue(GetIssueInput input) {
        return Calls.execute(Operations.GET_ISSUE, input.issueId(), operations.getIssue(input),
                Operations::issueRead);
    }

    /** Assigns an issue to a user or team and returns the updated issue. */
    public SentryResponse<Issue> assignIssue(AssignIssueInput input) {
        return Calls.execute(Operations.ASSIGN_ISSUE, input.issueId(), operations.assignIssue(input),
                reply -> Operations.assigned(input, reply));
    }

    /**
     * Makes sure an issue is labelled {@code key=value}. Sentry cannot set tags on an issue: when the issue's
     * events already carry the tag nothing is written ({@link io.github.sentryclient.model.TagSource#EVENT_TAG});
     * otherwise the tag is recorded once as a label comment
     * ({@link io.github.sentryclient.model.TagSource#LABEL_COMMENT}). The message says which happened.
     */
    public SentryResponse<TagResult> addTag(AddTagInput input) {
        return new AddTag(operations, input).run();
    }

    /**
     * Releases the client's threads and connections; a caller's own {@link OkHttpClient} stays open. Calls after
     * closing fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        operations.close();
        http.close();
    }

    @Override
    public String toString() {
        return "SentryClient{baseUrl=" + config.apiUrl() + ", org=" + config.orgSlug() + "}";
    }

    /** Builds a {@link SentryClient}; only the auth token and the organization are required. */
    public static final class Builder {

        private final SentryClientConfig.Builder config = SentryClientConfig.builder();
        private OkHttpClient okHttpClient;
        private Logbook logbook;
        private Timing timing = Timing.system();

        private Builder() {
        }

        /** Replaces the clocks and waiting of retries, for tests. */
        Builder timing(Timing timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** Starts from all the settings in {@code config}. */
        public Builder config(SentryClientConfig config) {
            this.config.from(config);
            return this;
        }

        /** The auth token (required). */
        public Builder authToken(String authToken) {
            config.authToken(authToken);
            return this;
        }

        /** The organization's slug (required). */
        public Builder orgSlug(String orgSlug) {
            config.orgSlug(orgSlug);
            return this;
        }

        /** The default project's slug. */
        public Builder projectSlug(String projectSlug) {
            config.projectSlug(projectSlug);
            return this;
        }

        /** Where Sentry is; {@code https://sentry.io} by default. */
        public Builder baseUrl(String baseUrl) {
            config.baseUrl(baseUrl);
            return this;
        }

        /** How long to wait to connect; 10 s by default. */
        public Builder connectTimeout(Duration timeout) {
            config.connectTimeout(timeout);
            return this;
        }

        /** How long to wait for each read or write; 30 s by default. */
        public Builder readTimeout(Duration timeout) {
            config.readTimeout(timeout);
            return this;
        }

        /** The overall deadline of one call, retries included; 60 s by default. */
        public Builder callTimeout(Duration timeout) {
            config.callTimeout(timeout);
            return this;
        }

        /**
         * How many times a failed call is retried, 0 to 10; 3 by default. Only what cannot duplicate a write is
         * retried: see {@link RetryPolicy}.
         */
        public Builder maxRetries(int maxRetries) {
            config.maxRetries(maxRetries);
            return this;
        }

        /**
         * How failed calls are retried: {@link RetryPolicy#defaults()} unless set, {@link RetryPolicy#none()} to
         * never retry. A count set with {@link #maxRetries(int)} wins over the policy's.
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            config.retryPolicy(retryPolicy);
            return this;
        }

        /** The largest response body to read, in bytes; 16 MiB by default. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            config.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /** Appended to the {@code User-Agent} header, such as {@code my-service/1.2}. */
        public Builder userAgent(String userAgent) {
            config.userAgent(userAgent);
            return this;
        }

        /** Allows plain {@code http://} to hosts other than loopback; off by default. */
        public Builder allowInsecureHttp(boolean allow) {
            config.allowInsecureHttp(allow);
            return this;
        }

        /**
         * Shares a caller's OkHttp client (its connection pool and threads); the client adds its own interceptors
         * to a derived copy, with a dispatcher of its own that runs on the caller's threads without OkHttp's cap of
         * 5 calls per host, and leaves {@code okHttpClient} untouched.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Logs the HTTP exchanges with a caller's Logbook instead of the default one. The default masks the auth
         * token; a Logbook given here must do so itself (keep {@code HeaderFilters.authorization()}).
         */
        public Builder logbook(Logbook logbook) {
            this.logbook = Objects.requireNonNull(logbook, "logbook");
            return this;
        }

        /**
         * Creates the client.
         *
         * @throws IllegalArgumentException naming the setting that is missing or invalid
         */
        public SentryClient build() {
            return new SentryClient(config.build(), okHttpClient, logbook, timing);
        }
    }
}
