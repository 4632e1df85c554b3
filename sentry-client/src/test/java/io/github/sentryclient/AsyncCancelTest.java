package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class AsyncCancelTest {

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        OkHttpClient base = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.countDown();
            }
        }).build();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body(issueJson()).headersDelay(1, TimeUnit.MINUTES).build());
            server.start();
            try (SentryClient client = client(server, base)) {
                CompletableFuture<SentryResponse<Issue>> future =
                        client.async().getIssue(GetIssueInput.builder().issueId("123456").build());

                assertThat(future.cancel(true)).isTrue();

                assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(future).isCancelled();
            }
        } finally {
            base.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void cancellingACompletedFutureLeavesItsResult() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        OkHttpClient base = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.countDown();
            }
        }).build();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body(issueJson()).build());
            server.start();
            try (SentryClient client = client(server, base)) {
                CompletableFuture<SentryResponse<Issue>> future =
                        client.async().getIssue(GetIssueInput.builder().issueId("123456").build());
                Issue issue = future.get(10, TimeUnit.SECONDS).data();

                assertThat(future.cancel(true)).isFalse();

                assertThat(future.isCancelled()).isFalse();
                assertThat(future.join().data()).isEqualTo(issue);
                assertThat(cancelled.getCount()).isEqualTo(1);
            }
        } finally {
            base.dispatcher().executorService().shutdown();
        }
    }

    private static SentryClient client(MockWebServer server, OkHttpClient base) {
        return SentryClient.builder().authToken("tok").orgSlug("acme").baseUrl(server.url("/").toString())
                .okHttpClient(base).build();
    }

    private static String issueJson() throws Exception {
        try (InputStream in = AsyncCancelTest.class.getResourceAsStream("/fixtures/issue.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
