package io.github.sentryclient.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeSentryExtensionTest {

    @Test
    void refusesToHandOutAFakeThatIsNotRunning() {
        FakeSentryExtension extension = new FakeSentryExtension();

        assertThatThrownBy(extension::fake).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FakeSentry is not running");
        assertThatThrownBy(extension::client).isInstanceOf(IllegalStateException.class);
    }

    @Nested
    class PerClass {

        @RegisterExtension
        static final FakeSentryExtension SENTRY = new FakeSentryExtension(b -> b.orgSlug("initech")
                .authToken("sntryu_class"));

        @Test
        void sharesOneConfiguredFakeAndClient() {
            Issue issue = SENTRY.fake().addIssue(b -> { });

            SentryClient client = SENTRY.client();

            assertThat(SENTRY.client()).isSameAs(client);
            assertThat(client.config().orgSlug()).isEqualTo("initech");
            assertThat(SENTRY.fake().authToken()).isEqualTo("sntryu_class");
            assertThat(client.getIssue(GetIssueInput.builder().issueId(issue.id()).build()).data()).isEqualTo(issue);
        }
    }

    @Nested
    class PerTest {

        @RegisterExtension
        final FakeSentryExtension sentry = new FakeSentryExtension();

        @Test
        void startsAFakeForTheTest() {
            assertThat(sentry.fake().requestCount()).isZero();
            assertThat(sentry.fake().baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    @Nested
    @ExtendWith(FakeSentryExtension.class)
    class Parameters {

        @Test
        void injectsTheFakeAndAClient(FakeSentry fake, SentryClient client) {
            Issue issue = fake.addIssue(b -> b.title("Injected"));

            assertThat(client.getIssue(GetIssueInput.builder().issueId(issue.id()).build()).data().title())
                    .isEqualTo("Injected");
        }
    }
}
