package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.RateLimit;
import io.github.sentryclient.support.SentryServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zalando.logbook.Logbook;
import org.zalando.logbook.core.DefaultHttpLogFormatter;
import org.zalando.logbook.core.DefaultSink;

class SentryClientBuilderTest {

    private final SentryServer sentry = new SentryServer();

    @AfterEach
    void close() {
        sentry.close();
    }

    @Test
    void aCallersOkHttpClientIsSharedAndStaysOpen() {
        List<String> seen = new ArrayList<>();
        OkHttpClient shared = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                })
                .build();
        sentry.answerFixture(200, "issue.json").answerFixture(200, "issue.json");

        try (SentryClient client = sentry.clientBuilder().okHttpClient(shared).build()) {
            client.getIssue(GetIssueInput.builder().issueId("1").build());
        }
        try (SentryClient again = sentry.clientBuilder().okHttpClient(shared).build()) {
            again.getIssue(GetIssueInput.builder().issueId("2").build());
        }

        assertThat(seen).containsExactly("/api/0/organizations/acme/issues/1/", "/api/0/organizations/acme/issues/2/");
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(shared.interceptors()).hasSize(1);
    }

    @Test
    void closingAClientStopsItsOwnThreads() {
        SentryClient client = sentry.clientBuilder().build();
        sentry.answerFixture(200, "issue.json");
        client.async().getIssue(GetIssueInput.builder().issueId("1").build()).join();

        client.close();

        assertThatThrownBy(() -> client.async().getIssue(GetIssueInput.builder().issueId("1").build()))
                .isInstanceOf(IllegalStateException.class).hasMessage("This SentryClient is closed");
        assertThatThrownBy(() -> client.addTag(io.github.sentryclient.model.AddTagInput.builder().issueId("1")
                .key("k").value("v").build())).isInstanceOf(IllegalStateException.class);
        assertThat(sentry.requestCount()).isEqualTo(1);
    }

    @Test
    void aCallersLogbookReplacesTheDefault() {
        List<String> lines = new ArrayList<>();
        Logbook logbook = Logbook.builder()
                .sink(new DefaultSink(new DefaultHttpLogFormatter(), new org.zalando.logbook.HttpLogWriter() {
                    @Override
                    public boolean isActive() {
                        return true;
                    }

                    @Override
                    public void write(org.zalando.logbook.Precorrelation precorrelation, String request) {
                        lines.add(request);
                    }

                    @Override
                    public void write(org.zalando.logbook.Correlation correlation, String response) {
                        lines.add(response);
                    }
                }))
                .build();
        sentry.answerFixture(200, "issue.json");

        try (SentryClient client = sentry.clientBuilder().logbook(logbook).build()) {
            client.getIssue(GetIssueInput.builder().issueId("1").build());
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsIgnoringCase("authorization: XXX").doesNotContain(SentryServer.TOKEN);
    }

    @Test
    void responsesAreValues() {
        SentryResponse<String> one = SentryResponse.of("done", "x", 200, Optional.empty());
        SentryResponse<String> same = SentryResponse.of("done", "x", 200, Optional.empty());
        SentryResponse<String> limited = SentryResponse.of("done", "x", 200,
                Optional.of(RateLimit.builder().remaining(1).build()));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(limited)
                .isNotEqualTo(SentryResponse.of("other", "x", 200, Optional.empty()))
                .isNotEqualTo(SentryResponse.of("done", "y", 200, Optional.empty()))
                .isNotEqualTo(SentryResponse.of("done", "x", 201, Optional.empty()))
                .isNotEqualTo("done");
        assertThat(limited.rateLimit()).isPresent();
        assertThat(one.toString()).isEqualTo("SentryResponse{statusCode=200, message=done, data=x}");
        assertThatThrownBy(() -> SentryResponse.of(" ", "x", 200, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("message must not be blank");
    }
}
