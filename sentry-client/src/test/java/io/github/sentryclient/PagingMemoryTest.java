package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.support.SentryServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Auto-paging through thousands of issues fetches lazily and holds one page at a time. */
class PagingMemoryTest {

    private static final int TOTAL = 2_500;
    private static final int PAGE = 100;

    @Test
    void walksThousandsOfIssuesHoldingOnePageAtATime() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().setDispatcher(new IssuePages());
            Iterator<Issue> issues = sentry.client().listIssues(ListIssuesInput.builder().limit(PAGE).build())
                    .autoPaging().iterator();
            int index = 0;
            int checks = 0;

            while (issues.hasNext()) {
                Issue issue = issues.next();
                assertThat(issue.id()).isEqualTo(String.valueOf(100_000 + index));
                // Lazy: the page holding this item is the last one fetched.
                assertThat(sentry.server().getRequestCount()).isEqualTo(index / PAGE + 1);
                if (index % (PAGE / 2) == 0) {
                    // What the iterator can reach is what it keeps alive: the current page's issues and no more.
                    assertThat(issuesReachableFrom(issues)).as("issues the iterator holds at item %d", index)
                            .isEqualTo(PAGE);
                    checks++;
                }
                index++;
            }

            assertThat(index).isEqualTo(TOTAL);
            assertThat(checks).isEqualTo(TOTAL / (PAGE / 2));
            assertThat(issuesReachableFrom(issues)).as("issues held after the last page").isZero();
            assertThat(sentry.server().getRequestCount()).isEqualTo(TOTAL / PAGE);
        }
    }

    @Test
    void stopsAtMaxItemsWithoutFetchingFurther() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().setDispatcher(new IssuePages());

            List<String> ids = sentry.client().listIssues(ListIssuesInput.builder().build()).stream(250)
                    .map(Issue::id).collect(Collectors.toList());
            assertThat(ids).hasSize(250).startsWith("100000").endsWith("100249");
            assertThat(sentry.server().getRequestCount()).isEqualTo(3);

            int counted = 0;
            for (Issue ignoredIssue : sentry.client().listIssues(ListIssuesInput.builder().build()).autoPaging(PAGE)) {
                counted++;
            }
            assertThat(counted).isEqualTo(PAGE);
            assertThat(sentry.server().getRequestCount()).isEqualTo(4);
        }
    }

    @Test
    void streamsAndWalksAsynchronouslyThroughAllPages() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.server().setDispatcher(new IssuePages());

            assertThat(sentry.client().listIssues(ListIssuesInput.builder().build()).stream().count())
                    .isEqualTo(TOTAL);
            AtomicLong sum = new AtomicLong();
            long count = sentry.client().async().listIssues(ListIssuesInput.builder().build())
                    .thenCompose(page -> page.forEachAsync(issue -> sum.addAndGet(Long.parseLong(issue.id()))))
                    .get();
            assertThat(count).isEqualTo(TOTAL);
            assertThat(sum.get()).isEqualTo(IntStream.range(0, TOTAL).mapToLong(i -> 100_000L + i).sum());
            long limited = sentry.client().async().listIssues(ListIssuesInput.builder().build())
                    .thenCompose(page -> page.forEachAsync(issue -> { }, 150)).get();
            assertThat(limited).isEqualTo(150);
            assertThat(sentry.server().getRequestCount()).isEqualTo(2 * TOTAL / PAGE + 2);
        }
    }

    /**
     * Counts the {@link Issue}s reachable from {@code root} through the client's own objects and the collections
     * they hold (not through the HTTP stack, which holds no items), without the garbage collector's help.
     */
    private static int issuesReachableFrom(Object root) throws IllegalAccessException {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        int issues = 0;
        while (!todo.isEmpty()) {
            Object object = todo.pop();
            if (seen.put(object, Boolean.TRUE) != null) {
                continue;
            }
            if (object instanceof Issue) {
                issues++;
            } else if (object instanceof Map<?, ?> map) {
                map.values().stream().filter(Objects::nonNull).forEach(todo::push);
            } else if (object instanceof Iterable<?> iterable
                    && !object.getClass().getName().startsWith("io.github.sentryclient")) {
                iterable.forEach(item -> {
                    if (item != null) {
                        todo.push(item);
                    }
                });
            } else if (object instanceof Object[] array) {
                Arrays.stream(array).filter(Objects::nonNull).forEach(todo::push);
            } else if (object.getClass().getName().startsWith("io.github.sentryclient")) {
                for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
                                || !field.trySetAccessible()) {
                            continue;
                        }
                        Object value = field.get(object);
                        if (value != null) {
                            todo.push(value);
                        }
                    }
                }
            }
        }
        return issues;
    }

    /** Serves {@value #TOTAL} issues in pages of {@value #PAGE}, with Sentry's Link header on another host. */
    private static final class IssuePages extends Dispatcher {

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String cursor = request.getUrl().queryParameter("cursor");
            int offset = cursor == null ? 0 : Integer.parseInt(cursor.split(":")[1]);
            String items = IntStream.range(offset, Math.min(offset + PAGE, TOTAL))
                    .mapToObj(PagingMemoryTest::issue).collect(Collectors.joining(",", "[", "]"));
            int next = offset + PAGE;
            String base = "https://acme.sentry.io/api/0/organizations/acme/issues/?query=";
            String link = SentryServer.link(base, "0:" + offset + ":1", offset > 0, "0:" + next + ":0",
                    next < TOTAL);
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .setHeader("Link", link).setHeader("X-Hits", String.valueOf(TOTAL)).body(items).build();
        }
    }

    private static String issue(int index) {
        int id = 100_000 + index;
        return "{\"id\":\"" + id + "\",\"shortId\":\"CHECKOUT-" + Integer.toString(id, 36).toUpperCase() + "\","
                + "\"title\":\"TimeoutError in worker " + index + "\",\"culprit\":\"checkout.worker in run\","
                + "\"permalink\":\"https://acme.sentry.io/issues/" + id + "/\",\"level\":\"error\","
                + "\"status\":\"unresolved\",\"substatus\":\"ongoing\",\"priority\":\"medium\","
                + "\"project\":{\"id\":\"7\",\"name\":\"Checkout\",\"slug\":\"checkout\",\"platform\":\"python\"},"
                + "\"count\":\"" + (index + 1) + "\",\"userCount\":1,\"firstSeen\":\"2026-11-01T00:00:00Z\","
                + "\"lastSeen\":\"2026-11-26T00:00:00Z\",\"assignedTo\":null,\"stats\":{\"24h\":[[1764057600.0,1]]}}";
    }
}
