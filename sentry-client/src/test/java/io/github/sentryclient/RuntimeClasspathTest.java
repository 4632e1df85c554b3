package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an application gets on its class path by depending on {@code sentry-client}: the HTTP, JSON and logging
 * stack, and none of the integrations, the fake or the test libraries; and the client works with exactly that.
 */
class RuntimeClasspathTest {

    /** Jars that only the other artifacts, or tests, may bring. */
    private static final List<String> FORBIDDEN = List.of("junit", "opentest4j", "picocli", "spring", "guice",
            "jakarta.inject", "guava", "mockwebserver", "jmh", "logback", "immutables", "swagger", "okhttp-4",
            "micrometer");

    @Test
    void theRuntimeClasspathHasNoIntegrationOrTestLibrary() throws Exception {
        List<String> jars = runtimeClasspath().stream().map(path -> path.getFileName().toString()).toList();

        assertThat(jars).isNotEmpty().anyMatch(name -> name.startsWith("okhttp-jvm-5."))
                .anyMatch(name -> name.startsWith("jackson-databind-2."));
        for (String forbidden : FORBIDDEN) {
            assertThat(jars).as("runtime class path").noneMatch(name -> name.contains(forbidden));
        }
        assertThat(jars).noneMatch(name -> name.matches("okhttp-\\d.*"));
    }

    @Test
    void theCoreHoldsNoFakeServerOrIntegrationClasses() throws Exception {
        Path classes = Path.of("target/classes/io/github/sentryclient");
        try (Stream<Path> packages = Files.list(classes)) {
            List<String> names = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();

            assertThat(names).containsExactlyInAnyOrder("error", "internal", "model");
        }
    }

    @Test
    void theClientWorksWithOnlyItsRuntimeClasspath() throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of("target/classes").toUri().toURL());
        for (Path jar : runtimeClasspath()) {
            urls.add(jar.toUri().toURL());
        }
        try (URLClassLoader app = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> app.loadClass("io.github.sentryclient.testing.FakeSentry"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> app.loadClass("org.junit.jupiter.api.Test"))
                    .isInstanceOf(ClassNotFoundException.class);

            // Logbook finds its factory through the context class loader, as it would in such an application.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(app);
            try {
                buildAndClose(app);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static List<Path> runtimeClasspath() throws Exception {
        String file = System.getProperty("sentry.runtime-classpath", "target/runtime-classpath.txt");
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        return Arrays.stream(text.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of)
                .toList();
    }

    private static void buildAndClose(ClassLoader app) throws Exception {
        Class<?> clientClass = Class.forName("io.github.sentryclient.SentryClient", true, app);
        Object builder = clientClass.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        // Reflection over the builder (as frameworks do) needs no optional dependency such as Micrometer.
        assertThat(builderClass.getMethods()).isNotEmpty();
        builderClass.getMethod("authToken", String.class).invoke(builder, "token");
        builderClass.getMethod("orgSlug", String.class).invoke(builder, "acme");
        try (AutoCloseable client = (AutoCloseable) builderClass.getMethod("build").invoke(builder)) {
            assertThat(client.getClass().getClassLoader()).isSameAs(app);
            assertThat(clientClass.getMethod("async").invoke(client)).isNotNull();
        }
    }
}
