package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application without Guice, Spring or picocli uses the client without noticing the integrations. */
class OptionalDependenciesTest {

    private static final List<String> OPTIONAL = List.of("guice", "spring", "picocli", "jakarta.inject", "guava");

    @Test
    void theClientWorksWithoutTheOptionalLibraries() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (OPTIONAL.stream().noneMatch(name::contains)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (URLClassLoader app = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> app.loadClass("com.google.inject.Module"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> app.loadClass("org.springframework.context.ApplicationContext"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> app.loadClass("picocli.CommandLine"))
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

    private static void buildAndClose(ClassLoader app) throws Exception {
        Class<?> clientClass = Class.forName("io.github.sentryclient.SentryClient", true, app);
        Object builder = clientClass.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        builderClass.getMethod("authToken", String.class).invoke(builder, "token");
        builderClass.getMethod("orgSlug", String.class).invoke(builder, "acme");
        try (AutoCloseable client = (AutoCloseable) builderClass.getMethod("build").invoke(builder)) {
            assertThat(client.getClass().getClassLoader()).isSameAs(app);
            assertThat(clientClass.getMethod("async").invoke(client)).isNotNull();
        }
    }
}
