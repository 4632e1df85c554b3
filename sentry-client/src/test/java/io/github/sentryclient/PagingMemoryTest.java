package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.ListIssuesInput;
import io.github.sentryclient.support.SentryServer;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
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
            List<WeakReference<Issue>> seen = new ArrayList<>(TOTAL);
            int checks = 0;

            for (Issue issue : sentry.client().listIssues(ListIssuesInput.builder().limit(PAGE).build()).autoPaging()) {
                int index = seen.size();
                assertThat(issue.id()).isEqualTo(String.valueOf(100_000 + index));
                // Lazy: the page holding this item is the last one fetched.
                assertThat(sentry.server().getRequestCount()).isEqualTo(index / PAGE + 1);
                seen.add(new WeakReference<>(issue));
                if (index % PAGE == 0 && index >= 5 * PAGE && index % (5 * PAGE) == 0) {
                    // Everything before the current page must be collectable: at most one page is held.
                    assertThat(liveBefore(seen, index)).isZero();
                    checks++;
                }
            }

            assertThat(seen).hasSize(TOTAL);
            assertThat(checks).isEqualTo(TOTAL / (5 * PAGE) - 1);
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

    private static long liveBefore(List<WeakReference<Issue>> seen, int index) {
        long live = Long.MAX_VALUE;
        // A few collections at most: one full GC normally clears every weak reference to unreachable items.
        for (int attempt = 0; attempt < 5 && live > 0; attempt++) {
            System.gc();
            live = seen.subList(0, index).stream().filter(ref -> ref.get() != null).count();
        }
        return live;
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
