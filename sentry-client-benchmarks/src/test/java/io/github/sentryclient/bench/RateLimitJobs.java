package io.github.sentryclient.bench;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.BulkUpdateIssuesInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.ListIssuesInput;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Jobs against {@link RateLimitedSentry}, each run by this client and, where it is one request per item, by the
 * same job written by hand with OkHttp's async calls and no pacing: what succeeded, what failed, how many answers
 * were 429 and how long it took against the ideal, the windows the limit requires.
 */
final class RateLimitJobs {

    private static final String TOKEN = "sntryu_rate_limit_bench";

    private RateLimitJobs() {
    }

    /** One job's outcome. */
    record Result(String job, String contender, int succeeded, int failed, int refused, int requests, long wallMillis,
            long idealMillis) {

        double ratio() {
            return (double) wallMillis / idealMillis;
        }

        String row() {
            return String.format("| %s | %s | %d | %d | %d of %d | %.2f | %.2f | %.2f |", job, contender, succeeded,
                    failed, refused, requests, wallMillis / 1000.0, idealMillis / 1000.0, ratio());
        }
    }

    static List<Result> all() throws Exception {
        List<Result> results = new ArrayList<>();
        try (RateLimitedSentry sentry = new RateLimitedSentry(5000)) {
            results.add(asyncGets(sentry, "sentry-client"));
            results.add(handWrittenGets(sentry));
            results.add(syncGets(sentry));
            results.add(comments(sentry));
            results.add(resolveById(sentry));
            results.add(paging(sentry));
            results.add(threeClients(sentry));
        }
        return results;
    }

    static SentryClient client(RateLimitedSentry sentry) {
        return SentryClient.builder().baseUrl(sentry.baseUrl()).orgSlug("acme").authToken(TOKEN)
                .callTimeout(Duration.ofSeconds(60)).build();
    }

    /** 40 async getIssue calls started together, at 5 per window. */
    static Result asyncGets(RateLimitedSentry sentry, String name) throws Exception {
        try (SentryClient client = client(sentry)) {
            return measure(sentry, "40 async getIssue, 5/window", name, 40, RateLimitedSentry.ISSUE_DETAILS_LIMIT,
                    () -> {
                        List<CompletableFuture<?>> calls = new ArrayList<>();
                        for (int i = 1; i <= 40; i++) {
                            calls.add(client.async().getIssue(GetIssueInput.builder().issueId(String.valueOf(i))
                                    .build()));
                        }
                        return succeeded(calls);
                    });
        }
    }

    /** The same 40 calls by hand: OkHttp async calls, no pacing, no retries. */
    static Result handWrittenGets(RateLimitedSentry sentry) throws Exception {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(64);
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        try {
            return measure(sentry, "40 async getIssue, 5/window", "OkHttp by hand", 40,
                    RateLimitedSentry.ISSUE_DETAILS_LIMIT, () -> {
                        List<CompletableFuture<Boolean>> calls = new ArrayList<>();
                        for (int i = 1; i <= 40; i++) {
                            CompletableFuture<Boolean> done = new CompletableFuture<>();
                            http.newCall(new Request.Builder().url(sentry.baseUrl() + "api/0/organizations/acme/issues/"
                                    + i + "/").header("Authorization", "Bearer " + TOKEN).build())
                                    .enqueue(new Callback() {
                                        @Override
                                        public void onResponse(Call call, Response response) {
                                            try (response) {
                                                done.complete(response.isSuccessful());
                                            }
                                        }

                                        @Override
                                        public void onFailure(Call call, IOException e) {
                                            done.complete(false);
                                        }
                                    });
                            calls.add(done);
                        }
                        int ok = 0;
                        for (CompletableFuture<Boolean> call : calls) {
                            ok += call.get() ? 1 : 0;
                        }
                        return ok;
                    });
        } finally {
            dispatcher.executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** 40 sync getIssue calls from 8 threads, at 5 per window. */
    static Result syncGets(RateLimitedSentry sentry) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (SentryClient client = client(sentry)) {
            return measure(sentry, "40 sync getIssue from 8 threads, 5/window", "sentry-client", 40,
                    RateLimitedSentry.ISSUE_DETAILS_LIMIT, () -> {
                        List<Future<?>> calls = new ArrayList<>();
                        for (int i = 1; i <= 40; i++) {
                            String id = String.valueOf(i);
                            calls.add(threads.submit(() -> client.getIssue(GetIssueInput.builder().issueId(id)
                                    .build())));
                        }
                        int ok = 0;
                        for (Future<?> call : calls) {
                            try {
                                call.get();
                                ok++;
                            } catch (java.util.concurrent.ExecutionException failed) {
                                // counted as failed
                            }
                        }
                        return ok;
                    });
        } finally {
            threads.shutdown();
        }
    }

    /** 120 async addComment calls, at 40 per window. */
    static Result comments(RateLimitedSentry sentry) throws Exception {
        try (SentryClient client = client(sentry)) {
            return measure(sentry, "120 async addComment, 40/window", "sentry-client", 120,
                    RateLimitedSentry.DEFAULT_LIMIT, () -> {
                        List<CompletableFuture<?>> calls = new ArrayList<>();
                        for (int i = 1; i <= 120; i++) {
                            calls.add(client.async().addComment(AddCommentInput.builder().issueId("1")
                                    .comment("note " + i).build()));
                        }
                        int ok = succeeded(calls);
                        return sentry.comments() == ok ? ok : -1;
                    });
        }
    }

    /**
     * Resolving 5,000 issues by id in one async call: the client looks the ids up (50 searches of 100, together)
     * so that only issues that exist are changed, then sends 5 changes of 1,000 ids, at 40 per window per route.
     */
    static Result resolveById(RateLimitedSentry sentry) throws Exception {
        try (SentryClient client = client(sentry)) {
            return measure(sentry, "resolve 5,000 issues by id (one async bulkUpdateIssues call)", "sentry-client", 1,
                    50, RateLimitedSentry.DEFAULT_LIMIT, () -> {
                        List<String> ids = new ArrayList<>();
                        for (int i = 0; i < 5000; i++) {
                            ids.add(String.valueOf(1_000_000 + i));
                        }
                        int chunks = client.async().bulkUpdateIssues(BulkUpdateIssuesInput.builder().issueIds(ids)
                                .status(IssueStatus.RESOLVED).build()).get(60, TimeUnit.SECONDS).data().chunks()
                                .size();
                        return sentry.resolved() == 5000 && chunks == 5 ? 1 : -1;
                    });
        }
    }

    /** Paging through 2,000 issues, 100 a page, one page in memory. */
    static Result paging(RateLimitedSentry sentry) throws Exception {
        try (SentryClient client = client(sentry)) {
            return measure(sentry, "page through 2,000 issues (20 pages, one in memory)", "sentry-client", 20,
                    RateLimitedSentry.DEFAULT_LIMIT, () -> {
                        AtomicInteger seen = new AtomicInteger();
                        client.listIssues(ListIssuesInput.builder().build()).autoPaging(2000)
                                .forEach(issue -> seen.incrementAndGet());
                        return seen.get() == 2000 ? 20 : -1;
                    });
        }
    }

    /** The 40-call burst from three clients that share one token's limit. */
    static Result threeClients(RateLimitedSentry sentry) throws Exception {
        try (SentryClient one = client(sentry); SentryClient two = client(sentry);
                SentryClient three = client(sentry)) {
            return measure(sentry, "40 async getIssue from each of 3 clients, one token, 5/window", "sentry-client",
                    120, RateLimitedSentry.ISSUE_DETAILS_LIMIT, () -> {
                        List<CompletableFuture<?>> calls = new ArrayList<>();
                        for (int i = 1; i <= 40; i++) {
                            for (SentryClient client : List.of(one, two, three)) {
                                calls.add(client.async().getIssue(GetIssueInput.builder().issueId(String.valueOf(i))
                                        .build()));
                            }
                        }
                        return succeeded(calls);
                    });
        }
    }

    /** How many of {@code calls} completed without failing. */
    static int succeeded(List<? extends CompletableFuture<?>> calls) throws InterruptedException {
        int ok = 0;
        for (CompletableFuture<?> call : calls) {
            try {
                call.get(120, TimeUnit.SECONDS);
                ok++;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException failed) {
                // counted as failed
            }
        }
        return ok;
    }

    /** A job: returns how many of its items succeeded, or -1 if the server's state is not what it should be. */
    interface Job {
        int run() throws Exception;
    }

    /**
     * Runs a job of {@code items} requests under a limit of {@code limit} per one-second window, starting wherever
     * in a window the previous job ended, as a user's burst would. The ideal is the windows the limit requires: one
     * second per {@code limit} requests, at least one.
     */
    static Result measure(RateLimitedSentry sentry, String job, String contender, int items, int limit, Job work)
            throws Exception {
        return measure(sentry, job, contender, items, items, limit, work);
    }

    /** As above, for a job of {@code items} calls that sends {@code load} requests on its busiest route. */
    static Result measure(RateLimitedSentry sentry, String job, String contender, int items, int load, int limit,
            Job work) throws Exception {
        // A fresh window for this job's routes: the previous job's counts are Sentry's too.
        Thread.sleep(1100);
        sentry.resetCounts();
        long start = System.currentTimeMillis();
        int ok = work.run();
        long wall = System.currentTimeMillis() - start;
        long ideal = Math.max(1, (load + limit - 1) / limit) * 1000L;
        return new Result(job, contender, Math.max(ok, 0), ok < 0 ? items : items - ok, sentry.refused(),
                sentry.requests(), wall, ideal);
    }
}
