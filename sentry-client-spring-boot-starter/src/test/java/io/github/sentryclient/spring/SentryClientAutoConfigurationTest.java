package io.github.sentryclient.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.SentryAsyncClient;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.SentryClientConfig;
import io.github.sentryclient.model.GetIssueInput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.SpringFactoriesLoader;

class SentryClientAutoConfigurationTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SentryClientAutoConfiguration.class));

    private String[] configured(String... more) {
        String[] base = {"sentry-api.auth-token=spring-token", "sentry-api.org=acme",
            "sentry-api.base-url=" + server.url("/")};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void runsOnTheSpringBootLineTheBuildAsksFor() {
        // The spring-boot3 profile swaps Boot 4 for Boot 3.5 on the test class path; this proves it did.
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
    }

    @Test
    void createsAWorkingClientAndItsAsyncViewOnceATokenIsSet() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/issue.json")) {
            server.enqueue(new MockResponse.Builder().code(200)
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build());
        }
        runner.withPropertyValues(configured()).run(context -> {
            assertThat(context).hasSingleBean(SentryClient.class).hasSingleBean(SentryAsyncClient.class);
            SentryClient client = context.getBean(SentryClient.class);
            assertThat(context.getBean(SentryAsyncClient.class)).isSameAs(client.async());

            client.getIssue(GetIssueInput.builder().issueId("123456").build());

            RecordedRequest request = server.takeRequest();
            assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/");
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer spring-token");
        });
    }

    @Test
    void recordsTheClientsMetricsInTheApplicationsMeterRegistry() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/issue.json")) {
            server.enqueue(new MockResponse.Builder().code(200)
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build());
        }
        runner.withPropertyValues(configured()).withBean(io.micrometer.core.instrument.MeterRegistry.class,
                io.micrometer.core.instrument.simple.SimpleMeterRegistry::new).run(context -> {
                    context.getBean(SentryClient.class).getIssue(GetIssueInput.builder().issueId("123456").build());

                    assertThat(context.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                            .get("sentry.client.calls").tags("operation", "getIssue", "outcome", "ok").timer()
                            .count()).isEqualTo(1);
                });
        // Without Micrometer on the class path the client is the same, without metrics.
        runner.withPropertyValues(configured()).withClassLoader(new org.springframework.boot.test.context
                .FilteredClassLoader(io.micrometer.core.instrument.MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SentryClient.class));
    }

    @Test
    void staysOffWithoutAToken() {
        runner.withPropertyValues("sentry-api.org=acme").run(context -> {
            assertThat(context).hasNotFailed()
                    .doesNotHaveBean(SentryClient.class)
                    .doesNotHaveBean(SentryAsyncClient.class)
                    .doesNotHaveBean(SentryClientProperties.class);
        });
    }

    @Test
    void backsOffToTheApplicationsOwnClient() {
        runner.withPropertyValues(configured()).withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(SentryClient.class);
            SentryClient own = context.getBean(SentryClient.class);
            assertThat(own).isSameAs(context.getBean("ownClient"));
            assertThat(own.config().orgSlug()).isEqualTo("own-org");
            assertThat(context.getBean(SentryAsyncClient.class)).isSameAs(own.async());
        });
    }

    @Test
    void bindsEveryProperty() {
        runner.withPropertyValues(configured("sentry-api.project=checkout", "sentry-api.connect-timeout=2s",
                "sentry-api.read-timeout=3s", "sentry-api.call-timeout=1m", "sentry-api.max-retries=0"))
                .run(context -> {
                    SentryClientConfig config = context.getBean(SentryClient.class).config();
                    assertThat(config.authToken()).isEqualTo("spring-token");
                    assertThat(config.orgSlug()).isEqualTo("acme");
                    assertThat(config.projectSlug()).hasValue("checkout");
                    assertThat(config.apiUrl()).isEqualTo(server.url("/api/0/").toString());
                    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.callTimeout()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(config.maxRetries()).isZero();
                });
    }

    @Test
    void keepsTheClientsDefaultsForPropertiesLeftOut() {
        runner.withPropertyValues("sentry-api.auth-token=spring-token", "sentry-api.org=acme",
                "sentry-api.project=").run(context -> {
                    SentryClientConfig config = context.getBean(SentryClient.class).config();
                    assertThat(config.apiUrl()).isEqualTo("https://sentry.io/api/0/");
                    assertThat(config.projectSlug()).isEmpty();
                    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
                    assertThat(config.maxRetries()).isEqualTo(3);
                    assertThat(context.getBean(SentryClientProperties.class).toString())
                            .contains("org=acme").doesNotContain("spring-token");
                });
    }

    @Test
    void failsStartupNamingAMissingOrg() {
        runner.withPropertyValues("sentry-api.auth-token=spring-token").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidSentryPropertiesException.class)
                    .hasMessageContaining("sentry-api.org is not set");
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("sentry-api.org is not set");
            assertThat(analysis.getAction()).contains("Set sentry-api.org", "SENTRYAPI_ORG");
        });
    }

    @Test
    void failsStartupNamingABlankToken() {
        runner.withPropertyValues("sentry-api.auth-token= ", "sentry-api.org=acme").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("sentry-api.auth-token is not set");
            assertThat(analyze(context.getStartupFailure()).getAction()).contains("SENTRYAPI_AUTHTOKEN");
        });
    }

    @Test
    void failsStartupOnAnInvalidValueWithTheClientsReason() {
        runner.withPropertyValues(configured("sentry-api.base-url=ftp://sentry.example")).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Invalid sentry-api.* properties: baseUrl must be");
            assertThat(analysis.getCause()).hasCauseInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void failsStartupOnTooManyRetries() {
        runner.withPropertyValues(configured("sentry-api.max-retries=11")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(analyze(context.getStartupFailure()).getDescription())
                    .startsWith("Invalid sentry-api.* properties: ").contains("maxRetries");
        });
    }

    @Test
    void appliesEveryCustomizerInOrder() {
        runner.withPropertyValues(configured()).withUserConfiguration(Customizers.class).run(context -> {
            assertThat(context.getBean(SentryClient.class).config().userAgent()).hasValue("second");
        });
    }

    @Test
    void closesTheClientWhenTheContextCloses() {
        SentryClient[] captured = new SentryClient[1];
        runner.withPropertyValues(configured()).run(context -> {
            captured[0] = context.getBean(SentryClient.class);
        });

        assertThatThrownBy(() -> captured[0].getIssue(GetIssueInput.builder().issueId("1").build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void publishesPropertyMetadataForIdes() throws IOException {
        // Spring Boot's own jars publish metadata at the same path: read the copy beside the starter's classes.
        String classFile = SentryClientProperties.class.getName().replace('.', '/') + ".class";
        String root = getClass().getClassLoader().getResource(classFile).toString().replace(classFile, "");
        try (InputStream in = URI.create(root + "META-INF/spring-configuration-metadata.json").toURL().openStream()) {
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"sentry-api.auth-token\"", "\"sentry-api.org\"", "\"sentry-api.project\"",
                    "\"sentry-api.base-url\"", "\"sentry-api.connect-timeout\"", "\"sentry-api.read-timeout\"",
                    "\"sentry-api.call-timeout\"", "\"sentry-api.max-retries\"", "Organization slug");
        }
    }

    private static FailureAnalysis analyze(Throwable failure) {
        // Loaded as Spring Boot does, from META-INF/spring.factories; analyzers that need a bean factory are skipped.
        FailureAnalyzer analyzer = SpringFactoriesLoader
                .forDefaultResourceLocation(SentryClientAutoConfigurationTest.class.getClassLoader())
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }))
                .stream()
                .filter(InvalidSentryPropertiesFailureAnalyzer.class::isInstance)
                .findFirst().orElseThrow();
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        return analysis;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean(destroyMethod = "close")
        SentryClient ownClient() {
            return SentryClient.builder().authToken("own-token").orgSlug("own-org").build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        @Bean
        @Order(2)
        SentryClientCustomizer second() {
            return builder -> builder.userAgent("second");
        }

        @Bean
        @Order(1)
        SentryClientCustomizer first() {
            return builder -> builder.userAgent("first");
        }
    }
}
