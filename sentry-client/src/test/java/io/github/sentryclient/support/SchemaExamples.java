package io.github.sentryclient.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * The example bodies of Sentry's published OpenAPI schema (read from {@code -Dsentry.openapi}, beside the checkout,
 * never copied in): the answers Sentry documents for a route, to feed the client as a server would. Without the
 * schema the test is skipped, like the contract suite.
 */
public final class SchemaExamples {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode schema;

    private SchemaExamples() {
    }

    /**
     * The first example body of the answer {@code status} to {@code method path}.
     *
     * @param path the schema's path template, such as {@code /api/0/organizations/{organization_id_or_slug}/releases/}
     * @throws IllegalArgumentException if the schema has no example there
     */
    public static String body(String method, String path, int status) {
        JsonNode content = schema().path("paths").path(path).path(method.toLowerCase(Locale.ROOT))
                .path("responses").path(Integer.toString(status)).path("content").path("application/json");
        JsonNode example = content.path("example");
        if (example.isMissingNode()) {
            Iterator<JsonNode> examples = content.path("examples").elements();
            example = examples.hasNext() ? examples.next().path("value") : example;
        }
        if (example.isMissingNode()) {
            throw new IllegalArgumentException("Sentry's schema has no example for " + method + " " + path + " "
                    + status);
        }
        return example.toString();
    }

    private static synchronized JsonNode schema() {
        if (schema == null) {
            Path file = Path.of(System.getProperty("sentry.openapi",
                    "../shared/sentry-api/openapi/openapi-derefed.json"));
            assumeTrue(Files.isRegularFile(file), "Sentry's OpenAPI schema is not at " + file.toAbsolutePath());
            try {
                schema = MAPPER.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
