package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sentryclient.support.Readme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How much of Sentry's published API the client types: the routes of its own route table ({@link ClientRoutes})
 * matched against every operation of the schema. Writes {@code target/api-coverage.md} (typed and untyped operations
 * by tag) and checks the figure the README gives, so that it cannot go stale.
 */
class ApiCoverageTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The typed routes Sentry's schema lacks, each excused by the contract suite's allow-list entry. */
    private static final Map<String, OpenApiContract.AllowList> OUTSIDE_SCHEMA = Map.of(
            "(GET|POST) /api/0/organizations/\\{}/issues/\\{}/comments/",
            OpenApiContract.AllowList.COMMENTS_NOT_IN_SCHEMA,
            "(PUT|DELETE) /api/0/organizations/\\{}/issues/\\{}/comments/\\{}/",
            OpenApiContract.AllowList.COMMENTS_NOT_IN_SCHEMA,
            "GET /api/0/organizations/\\{}/issues/\\{}/tags/", OpenApiContract.AllowList.ISSUE_TAGS_NOT_IN_SCHEMA);
    private static final Pattern README_FIGURE = Pattern.compile("types (\\d+) of the (\\d+) operations");

    @Test
    void theReadmesCoverageFigureIsTheRouteTablesAndTheReportListsTheRest() throws IOException {
        Path file = Path.of(System.getProperty(OpenApiContract.PROPERTY, OpenApiContract.DEFAULT_PATH));
        assumeTrue(Files.isRegularFile(file), "Sentry's OpenAPI schema is not at " + file.toAbsolutePath());
        JsonNode paths = new ObjectMapper().readTree(file.toFile()).path("paths");
        List<String> routes = ClientRoutes.all().stream().map(ApiCoverageTest::shape).toList();
        Map<String, List<String>> typed = new TreeMap<>();
        Map<String, List<String>> untyped = new TreeMap<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String route = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                String tag = op.getValue().path("tags").path(0).asText("Other");
                (routes.contains(shape(route)) ? typed : untyped).computeIfAbsent(tag, t -> new ArrayList<>())
                        .add(route);
            }
        }
        int covered = typed.values().stream().mapToInt(List::size).sum();
        List<String> outside = routes.stream().filter(route -> typed.values().stream().flatMap(List::stream)
                .noneMatch(op -> shape(op).equals(route))).toList();

        StringBuilder report = new StringBuilder("# Sentry API coverage\n\nTyped: ").append(covered).append(" of ")
                .append(operations).append(" operations of Sentry's published schema; every other route is"
                        + " reachable with request().\n");
        report.append("\nTyped routes outside the published schema: ").append(outside.size()).append('\n');
        outside.forEach(route -> report.append("- ").append(route).append('\n'));
        append(report, "Typed", typed);
        append(report, "Not typed yet", untyped);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("api-coverage.md"), report, StandardCharsets.UTF_8);
        System.out.println("API coverage: " + covered + " of " + operations + " operations in Sentry's schema typed;"
                + " all reachable through request() (" + outside.size() + " typed routes outside the schema, listed"
                + " in target/api-coverage.md)");
        for (String route : outside) {
            assertThat(OUTSIDE_SCHEMA.entrySet().stream().filter(e -> route.matches(e.getKey())).findFirst())
                    .as("a typed route outside Sentry's schema needs a reason: %s", route).isPresent();
        }

        Matcher figure = README_FIGURE.matcher(Readme.text());
        assertThat(figure.find()).as("the README states the coverage as 'types N of the M operations'").isTrue();
        assertThat(figure.group(1) + " of " + figure.group(2)).as("the README's figure")
                .isEqualTo(covered + " of " + operations);
        assertThat(covered).isGreaterThan(50);
    }

    private static void append(StringBuilder report, String title, Map<String, List<String>> byTag) {
        report.append("\n## ").append(title).append("\n");
        byTag.forEach((tag, ops) -> {
            report.append("\n### ").append(tag).append(" (").append(ops.size()).append(")\n");
            ops.forEach(op -> report.append("- ").append(op).append('\n'));
        });
    }

    /** A route with its parameter names erased, so that the client's and the schema's templates compare. */
    private static String shape(String route) {
        return route.replaceAll("\\{[^}]+}", "{}");
    }
}
