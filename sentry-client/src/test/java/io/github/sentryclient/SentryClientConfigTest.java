package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentryClientConfigTest {

    private static final String TOKEN = "sntryu_secret-value-123";

    private static SentryClient.Builder config() {
        return SentryClient.builder().authToken(TOKEN).orgSlug("acme");
    }

    @Test
    void defaults() {
        SentryClientConfig config = config().buildConfig();

        assertThat(config.baseUrl()).isEqualTo("https://sentry.io");
        assertThat(config.apiUrl()).isEqualTo("https://sentry.io/api/0/");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.projectSlug()).isEmpty();
        assertThat(config.userAgent()).isEmpty();
        assertThat(config.allowInsecureHttp()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "https://sentry.io, https://sentry.io/api/0/",
        "https://sentry.io/, https://sentry.io/api/0/",
        "https://sentry.io/api/0, https://sentry.io/api/0/",
        "https://sentry.io/api/0/, https://sentry.io/api/0/",
        "https://de.sentry.io, https://de.sentry.io/api/0/",
        "HTTPS://Sentry.Example.com:8443/sentry/, https://sentry.example.com:8443/sentry/api/0/",
        "http://localhost:9000, http://localhost:9000/api/0/",
        "http://127.0.0.1:9000/api/0/, http://127.0.0.1:9000/api/0/",
        "http://[::1]:9000, http://[::1]:9000/api/0/"
    })
    void baseUrlsAreNormalized(String baseUrl, String apiUrl) {
        assertThat(config().baseUrl(baseUrl).buildConfig().apiUrl()).isEqualTo(apiUrl);
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        assertThatThrownBy(() -> config().baseUrl("http://sentry.example.com").buildConfig())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseUrl uses plain http to sentry.example.com")
                .hasMessageContaining("allowInsecureHttp(true)");
    }

    @Test
    void plainHttpToARemoteHostIsAllowedWhenAskedFor() {
        assertThat(config().baseUrl("http://sentry.internal").allowInsecureHttp(true).buildConfig().apiUrl())
                .isEqualTo("http://sentry.internal/api/0/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sentry.io", "ftp://sentry.io", "https://", "https://sentry.io/?x=1",
        "https://sentry.io/#top", "https://user:pw@sentry.io", "https://sen try.io"})
    void invalidBaseUrlsAreRefused(String baseUrl) {
        assertThatThrownBy(() -> config().baseUrl(baseUrl).buildConfig())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl");
    }

    @Test
    void requiredSettingsAreNamed() {
        assertThatThrownBy(() -> SentryClient.builder().orgSlug("acme").buildConfig())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authToken");
        assertThatThrownBy(() -> SentryClient.builder().authToken(TOKEN).buildConfig())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgSlug");
    }

    @Test
    void invalidSettingsAreNamedWithTheirRule() {
        assertThatThrownBy(() -> config().authToken(" ").buildConfig()).hasMessage("authToken must not be blank");
        assertThatThrownBy(() -> config().authToken("abc\r\nX-Evil: 1").buildConfig())
                .hasMessage("authToken must be printable ASCII without spaces or line breaks");
        assertThatThrownBy(() -> config().orgSlug("acme/other").buildConfig())
                .hasMessageStartingWith("orgSlug must be a Sentry slug");
        assertThatThrownBy(() -> config().projectSlug("").buildConfig())
                .hasMessageStartingWith("projectSlug must be a Sentry slug");
        assertThatThrownBy(() -> config().readTimeout(Duration.ZERO).buildConfig())
                .hasMessage("readTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> config().connectTimeout(Duration.ofSeconds(-1)).buildConfig())
                .hasMessageStartingWith("connectTimeout must be positive");
        assertThatThrownBy(() -> config().callTimeout(Duration.ZERO).buildConfig())
                .hasMessageStartingWith("callTimeout must be positive");
        assertThatThrownBy(() -> config().userAgent("bot\n1").buildConfig())
                .hasMessage("userAgent must be printable ASCII without line breaks");
    }

    @Test
    void theTokenNeverShowsInToString() {
        SentryClientConfig config = config().projectSlug("web").buildConfig();

        assertThat(config.toString()).doesNotContain(TOKEN).contains("authToken=****").contains("orgSlug=acme");
    }

    @Test
    void fromEnvReadsSentryCliVariables() {
        SentryClientConfig config = SentryClient.builder().fromEnv(Map.of(
                "SENTRY_AUTH_TOKEN", TOKEN,
                "SENTRY_ORG", "acme",
                "SENTRY_PROJECT", "web",
                "SENTRY_URL", "https://de.sentry.io/")).buildConfig();

        assertThat(config.authToken()).isEqualTo(TOKEN);
        assertThat(config.orgSlug()).isEqualTo("acme");
        assertThat(config.projectSlug()).contains("web");
        assertThat(config.apiUrl()).isEqualTo("https://de.sentry.io/api/0/");
    }

    @Test
    void fromEnvDefaultsTheOptionalVariables() {
        SentryClientConfig config = SentryClient.builder().fromEnv(Map.of("SENTRY_AUTH_TOKEN", TOKEN,
                "SENTRY_ORG", "acme", "SENTRY_PROJECT", " ")).buildConfig();

        assertThat(config.projectSlug()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo("https://sentry.io");
    }

    @Test
    void fromEnvNamesTheMissingVariable() {
        assertThatThrownBy(() -> SentryClient.builder().fromEnv(Map.of("SENTRY_ORG", "acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable SENTRY_AUTH_TOKEN is not set");
        assertThatThrownBy(() -> SentryClient.builder().fromEnv(Map.of("SENTRY_AUTH_TOKEN", TOKEN)))
                .hasMessage("environment variable SENTRY_ORG is not set");
    }

    @Test
    void fromEnvReadsTheProcessEnvironment() {
        if (System.getenv("SENTRY_AUTH_TOKEN") == null) {
            assertThatThrownBy(() -> SentryClient.builder().fromEnv()).hasMessageContaining("SENTRY_AUTH_TOKEN");
        } else {
            assertThat(SentryClient.builder().fromEnv().buildConfig().authToken())
                    .isEqualTo(System.getenv("SENTRY_AUTH_TOKEN"));
        }
    }

    @Test
    void theClientBuilderTakesAConfigAndOverrides() {
        SentryClientConfig base = config().projectSlug("web").baseUrl("http://localhost:1").buildConfig();
        try (SentryClient client = SentryClient.builder().config(base).orgSlug("other")
                .readTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(9)).allowInsecureHttp(false).build()) {
            assertThat(client.config().orgSlug()).isEqualTo("other");
            assertThat(client.config().projectSlug()).contains("web");
            assertThat(client.config().readTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(client.config().callTimeout()).isEqualTo(Duration.ofSeconds(9));
        }
    }
}
