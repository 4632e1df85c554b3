package io.github.sentryclient.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import io.github.sentryclient.guice.SentryClientModule;
import io.github.sentryclient.readme.guice.TriageService;
import io.github.sentryclient.support.Fixtures;
import io.github.sentryclient.support.Readme;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's Guice section, run against a local server (only the URL and token differ). */
class GuiceReadmeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient sharedOkHttpClient = new OkHttpClient();

    @AfterEach
    void stop() {
        sharedOkHttpClient.dispatcher().executorService().shutdown();
    }

    @Test
    void everyJavaBlockIsCompiledHere() {
        assertThat(Readme.assertJavaBlocksCompiled("## Using with Guice")).isPositive();
    }

    @Test
    void guice() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("issue.json")).build());
        server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.read("issue.json")).build());
        SentryClientConfig config = SentryClient.builder().authToken("readme-token").orgSlug("acme")
                .baseUrl(server.url("/").toString()).buildConfig();

        // README: Using with Guice
        Injector injector = Guice.createInjector(new SentryClientModule(config));
        injector.getInstance(TriageService.class).resolve("PROJ-1A");

        // README: Using with Guice (your own OkHttpClient)
        Injector shared = Guice.createInjector(new SentryClientModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), OkHttpClient.class)
                        .setBinding().toInstance(sharedOkHttpClient);
            }
        });
        shared.getInstance(TriageService.class).resolve("PROJ-1A");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/PROJ-1A/");
        assertThat(server.getRequestCount()).isEqualTo(2);
        injector.getInstance(SentryClient.class).close();
        shared.getInstance(SentryClient.class).close();
    }
}
