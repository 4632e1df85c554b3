package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry and response settings: defaults, validation, and how a count combines with a policy. */
class RetryPolicyTest {

    private static SentryClient.Builder config() {
        return SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme");
    }

    @Test
    void defaults() {
        SentryClientConfig config = config().buildConfig();
        assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(RetryPolicy.defaults().backoffBase()).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.defaults().backoffCap()).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxResponseBytes()).isEqualTo(SentryClientConfig.DEFAULT_MAX_RESPONSE_BYTES)
                .isEqualTo(16L * 1024 * 1024);
        assertThat(RetryPolicy.none().maxRetries()).isZero();
    }

    @Test
    void maxRetriesReplacesThePolicysCountInEitherOrder() {
        RetryPolicy slow = RetryPolicy.builder().backoffBase(Duration.ofSeconds(1)).backoffCap(Duration.ofSeconds(30))
                .build();
        SentryClientConfig before = config().maxRetries(5).retryPolicy(slow).buildConfig();
        SentryClientConfig after = config().retryPolicy(slow).maxRetries(5).buildConfig();
        assertThat(before).isEqualTo(after);
        assertThat(before.maxRetries()).isEqualTo(5);
        assertThat(before.retryPolicy().backoffCap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config().retryPolicy(RetryPolicy.none()).buildConfig().maxRetries()).isZero();
    }

    @Test
    void theClientBuilderTakesTheSameSettings() {
        try (SentryClient client = SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme")
                .retryPolicy(RetryPolicy.none()).maxRetries(2).maxResponseBytes(1000).build()) {
            assertThat(client.config().maxRetries()).isEqualTo(2);
            assertThat(client.config().maxResponseBytes()).isEqualTo(1000);
        }
        try (SentryClient client = SentryClient.builder().config(config().maxRetries(1).buildConfig()).build()) {
            assertThat(client.config().maxRetries()).isEqualTo(1);
        }
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> config().maxRetries(11).buildConfig())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRetries must be between 0 and 10");
        assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoffBase");
        assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoffBase");
        assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ofSeconds(2))
                .backoffCap(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoffCap");
        assertThatThrownBy(() -> RetryPolicy.builder().backoffCap(Duration.ofHours(2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoffCap");
        assertThatThrownBy(() -> config().maxResponseBytes(0).buildConfig())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme")
                .callTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    }
}
