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
import io.github.sentryclient.spring.SentryClientAutoConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The README's integration examples, run against a local server (only the URL and token differ). */
class IntegrationsReadmeTest {

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient sharedOkHttpClient = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        sharedOkHttpClient.dispatcher().executorService().shutdown();
    }

    private String issueJson() throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures/issue.json"), StandardCharsets.UTF_8);
    }

    @Test
    void guice() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(issueJson()).build());
        server.enqueue(new MockResponse.Builder().code(200).body(issueJson()).build());
        SentryClientConfig config = SentryClientConfig.builder().authToken("readme-token").orgSlug("acme")
                .baseUrl(server.url("/").toString()).build();

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

    @Test
    void springBoot() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"id\": \"7\", \"data\": {\"text\": \"hi\"},"
                + " \"dateCreated\": \"2024-12-06T21:19:55Z\"}").build());
        List<String> properties = propertiesBlock();
        assertThat(properties).contains("sentry-api.auth-token=${SENTRY_AUTH_TOKEN}", "sentry-api.org=acme");

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SentryClientAutoConfiguration.class))
                .withPropertyValues(properties.toArray(String[]::new))
                .withPropertyValues("SENTRY_AUTH_TOKEN=readme-token", "sentry-api.base-url=" + server.url("/"))
                .withUserConfiguration(io.github.sentryclient.readme.spring.TriageService.class,
                        io.github.sentryclient.readme.spring.SentryHttpConfiguration.class)
                .withBean(OkHttpClient.class, () -> sharedOkHttpClient)
                .run(context -> {
                    context.getBean(io.github.sentryclient.readme.spring.TriageService.class)
                            .note("PROJ-1A", "hi");

                    RecordedRequest request = server.takeRequest();
                    assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/PROJ-1A/comments/");
                    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer readme-token");
                    assertThat(request.getHeaders().get("User-Agent")).endsWith(" checkout/1.4");
                    assertThat(context.getBean(SentryClient.class).config().projectSlug()).hasValue("checkout");
                });
    }

    /** The lines of the README's application.properties example. */
    private static List<String> propertiesBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```properties\n", readme.indexOf("## Using with Spring Boot"));
        assertThat(start).isPositive();
        String block = readme.substring(start + "```properties\n".length(), readme.indexOf("```", start + 3));
        return block.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
