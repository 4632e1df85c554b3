package io.github.sentryclient.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.github.sentryclient.SentryAsyncClient;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import io.github.sentryclient.testing.FakeSentry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.zalando.logbook.Correlation;
import org.zalando.logbook.HttpRequest;
import org.zalando.logbook.HttpResponse;
import org.zalando.logbook.Logbook;
import org.zalando.logbook.Precorrelation;
import org.zalando.logbook.Sink;

class SentryClientModuleTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** A class of the application that needs the client. */
    static final class Triage {
        private final SentryClient client;

        @Inject
        Triage(SentryClient client) {
            this.client = client;
        }

        String title(String issueId) {
            return client.getIssue(GetIssueInput.builder().issueId(issueId).build()).data().title();
        }

        void resolve(String issueId) {
            client.updateIssueStatus(UpdateIssueStatusInput.builder().issueId(issueId)
                    .status(IssueStatus.RESOLVED).build());
        }
    }

    private SentryClientConfig config() {
        return SentryClient.builder().authToken("guice-token").orgSlug("acme")
                .baseUrl(server.url("/").toString()).buildConfig();
    }

    private void enqueueIssue() throws IOException {
        try (InputStream in = SentryClientModuleTest.class.getResourceAsStream("/fixtures/issue.json")) {
            server.enqueue(new MockResponse.Builder().code(200)
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build());
        }
    }

    @Test
    void injectsAWorkingClientIntoAnApplicationClass() throws Exception {
        enqueueIssue();
        Injector injector = Guice.createInjector(new SentryClientModule(config()));

        String title = injector.getInstance(Triage.class).title("123456");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer guice-token");
        assertThat(title).isNotBlank();
        injector.getInstance(SentryClient.class).close();
    }

    @Test
    void triagesAnIssueOnFakeSentryThroughAnInjectedClient() {
        try (FakeSentry fake = FakeSentry.start()) {
            Issue issue = fake.addIssue(builder -> builder.title("Checkout fails"));
            SentryClientConfig config = SentryClient.builder().authToken(fake.authToken())
                    .orgSlug(fake.orgSlug()).baseUrl(fake.baseUrl()).buildConfig();
            Injector injector = Guice.createInjector(new SentryClientModule(config));

            Triage triage = injector.getInstance(Triage.class);
            String title = triage.title(issue.id());
            triage.resolve(issue.id());

            assertThat(title).isEqualTo("Checkout fails");
            assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.RESOLVED);
            injector.getInstance(SentryClient.class).close();
        }
    }

    @Test
    void bindsOneClientAndItsAsyncViewAsSingletons() throws Exception {
        enqueueIssue();
        Injector injector = Guice.createInjector(new SentryClientModule(config()));

        SentryClient client = injector.getInstance(SentryClient.class);
        SentryAsyncClient async = injector.getInstance(SentryAsyncClient.class);

        assertThat(injector.getInstance(SentryClient.class)).isSameAs(client);
        assertThat(async).isSameAs(client.async()).isSameAs(injector.getInstance(SentryAsyncClient.class));
        assertThat(client.config()).isEqualTo(config());
        Issue issue = async.getIssue(GetIssueInput.builder().issueId("123456").build()).get().data();
        assertThat(issue.id()).isEqualTo("123456");
        client.close();
    }

    @Test
    void usesTheApplicationsOkHttpClientAndLogbookWhenBound() throws Exception {
        enqueueIssue();
        OkHttpClient shared = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-App", "shop").build()))
                .build();
        List<String> logged = new CopyOnWriteArrayList<>();
        Logbook logbook = Logbook.builder().sink(new Sink() {
            @Override
            public void write(Precorrelation precorrelation, HttpRequest request) {
                logged.add("request " + request.getPath());
            }

            @Override
            public void write(Correlation correlation, HttpRequest request, HttpResponse response) {
                logged.add("response " + response.getStatus());
            }
        }).build();
        Injector injector = Guice.createInjector(new SentryClientModule(config()), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), OkHttpClient.class).setBinding().toInstance(shared);
                OptionalBinder.newOptionalBinder(binder(), Logbook.class).setBinding().toInstance(logbook);
            }
        });

        injector.getInstance(Triage.class).title("123456");

        assertThat(server.takeRequest().getHeaders().get("X-App")).isEqualTo("shop");
        assertThat(logged).contains("request /api/0/organizations/acme/issues/123456/", "response 200");
        injector.getInstance(SentryClient.class).close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        shared.dispatcher().executorService().shutdown();
    }

    @Test
    void fromEnvNamesTheMissingVariable() {
        assumeTrue(System.getenv("SENTRY_AUTH_TOKEN") == null, "SENTRY_AUTH_TOKEN is set in this environment");

        assertThatThrownBy(SentryClientModule::fromEnv)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SENTRY_AUTH_TOKEN");
    }

    @Test
    void rejectsANullConfig() {
        assertThatThrownBy(() -> new SentryClientModule(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("config");
    }
}
