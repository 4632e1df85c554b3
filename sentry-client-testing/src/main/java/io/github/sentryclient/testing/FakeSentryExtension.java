package io.github.sentryclient.testing;

import io.github.sentryclient.SentryClient;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeSentry} for a test class and stops it afterwards; also hands out a {@link SentryClient}
 * pointed at it. Register it on a static field to share one fake per class (on an instance field it runs per
 * test), or with {@code @ExtendWith} and take {@code FakeSentry} or {@code SentryClient} as test parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeSentryExtension SENTRY = new FakeSentryExtension();
 *
 * @Test
 * void resolves() {
 *     Issue issue = SENTRY.fake().addIssue(b -> b.title("Checkout fails"));
 *     SENTRY.client().updateIssueStatus(...);
 * }
 * }</pre>
 *
 * <p>The fake keeps its data between the tests of a class; call {@link FakeSentry#reset()} to start over.
 */
public final class FakeSentryExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<FakeSentry.Builder> configuration;
    private FakeSentry fake;
    private SentryClient client;
    private boolean perTest;

    /** An extension whose fake serves organization {@code acme} with a random token. */
    public FakeSentryExtension() {
        this(builder -> { });
    }

    /**
     * An extension whose fake {@code configuration} sets up, such as {@code b -> b.orgSlug("my-org")}.
     *
     * @param configuration applied to the fake's builder before it starts
     */
    public FakeSentryExtension(Consumer<FakeSentry.Builder> configuration) {
        this.configuration = configuration;
    }

    /**
     * The running fake.
     *
     * @throws IllegalStateException outside the tests of the class that registered the extension
     */
    public FakeSentry fake() {
        if (fake == null) {
            throw new IllegalStateException("FakeSentry is not running: it runs only while the tests of the class"
                    + " that registered FakeSentryExtension run");
        }
        return fake;
    }

    /**
     * A client pointed at the fake, created on first use and closed with the fake.
     *
     * @throws IllegalStateException outside the tests of the class that registered the extension
     */
    public SentryClient client() {
        FakeSentry running = fake();
        if (client == null) {
            client = running.clientBuilder().build();
        }
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (fake == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeSentry.class || type == SentryClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeSentry.class ? fake() : client();
    }

    private void start() {
        FakeSentry.Builder builder = FakeSentry.builder();
        configuration.accept(builder);
        fake = builder.start();
    }

    private void stop() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            client = null;
            if (fake != null) {
                fake.close();
            }
            fake = null;
        }
    }
}
