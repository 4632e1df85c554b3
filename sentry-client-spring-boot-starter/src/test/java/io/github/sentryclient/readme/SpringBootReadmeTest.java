package io.github.sentryclient.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.spring.SentryClientAutoConfiguration;
import io.github.sentryclient.support.Readme;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The README's Spring Boot section, run against a local server (only the URL and token differ). */
class SpringBootReadmeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient sharedOkHttpClient = new OkHttpClient();

    @AfterEach
    void stop() {
        sharedOkHttpClient.dispatcher().executorService().shutdown();
    }

    @Test
    void everyJavaBlockIsCompiledHere() {
        assertThat(Readme.assertJavaBlocksCompiled("## Using with Spring Boot")).isPositive();
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
    private static List<String> propertiesBlock() {
        List<String> blocks = Readme.blocks(Readme.section("## Using with Spring Boot"), "properties");
        assertThat(blocks).isNotEmpty();
        return blocks.get(0).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
